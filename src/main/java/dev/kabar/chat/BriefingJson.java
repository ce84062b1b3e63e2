package dev.kabar.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.answer.Citation;
import dev.kabar.brief.Briefing;
import java.util.List;

/**
 * The briefing JSON of the CLI ({@code kabar brief --json}) and {@code POST /api/brief}. Field names
 * are a contract; citations have the shape of answers' citations.
 */
public final class BriefingJson {

    private BriefingJson() {}

    public static ObjectNode of(Briefing b) {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("topic", b.topic());
        o.put("language", b.language().code());
        o.put("found", b.found());
        if (!b.note().isEmpty()) {
            o.put("note", b.note());
        }
        ArrayNode points = o.putArray("keyPoints");
        b.keyPoints().forEach(p -> numbers(points.addObject().put("text", p.text()), p.citations()));
        ArrayNode quotes = o.putArray("quotes");
        b.quotes().forEach(q -> numbers(quotes.addObject().put("speaker", q.speaker()).put("role", q.role())
                .put("quote", q.quote()), q.citations()));
        ArrayNode reactions = o.putArray("reactions");
        b.reactions().forEach(r -> numbers(reactions.addObject().put("party", r.party()).put("text", r.text()),
                r.citations()));
        ArrayNode timeline = o.putArray("timeline");
        b.timeline().forEach(e -> numbers(timeline.addObject().put("date", e.date()).put("basis", e.basis())
                .put("expression", e.expression()).put("text", e.text()), e.citations()));
        ArrayNode differences = o.putArray("differences");
        for (Briefing.Difference d : b.differences()) {
            ObjectNode diff = differences.addObject().put("about", d.about());
            ArrayNode versions = diff.putArray("versions");
            d.versions().forEach(v -> numbers(versions.addObject().put("detail", v.detail()).put("text", v.text()),
                    v.citations()));
        }
        ObjectNode coverage = o.putObject("coverage");
        coverage.put("articles", b.coverage().articles());
        b.coverage().outlets().forEach(coverage.putArray("outlets")::add);
        putDate(coverage, "from", b.coverage().from());
        putDate(coverage, "to", b.coverage().to());
        ArrayNode cites = o.putArray("citations");
        for (Citation c : b.citations()) {
            cites.add(ResultJson.citation(c));
        }
        return o;
    }

    private static void numbers(ObjectNode item, List<Integer> citations) {
        citations.forEach(item.putArray("citations")::add);
    }

    private static void putDate(ObjectNode o, String key, String iso) {
        if (iso.isEmpty()) {
            o.putNull(key);
        } else {
            o.put(key, iso);
        }
    }
}
