package dev.kabar.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.article.WebLinks;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import java.util.List;

/** The JSON shapes of DESIGN.md, shared by the CLI and the HTTP API. Field names are a contract. */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode ask(AskResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("question", r.question());
        o.put("language", r.language().code());
        o.put("answer", r.answer().text());
        o.put("grounded", r.answer().grounded());
        ArrayNode cites = o.putArray("citations");
        for (Citation c : r.answer().citations()) {
            cites.add(citation(c));
        }
        o.put("composer", r.composer());
        ObjectNode t = o.putObject("timings");
        t.put("retrieveMs", r.timings().retrieveMs());
        t.put("composeMs", r.timings().composeMs());
        switch (r.answer()) {
            case Answer.Grounded g -> {
                if (!g.shortAnswer().isEmpty()) {
                    o.put("shortAnswer", g.shortAnswer());
                }
            }
            case Answer.Declined d -> o.put("declineReason", d.reason().code());
        }
        if (!r.standalone().equals(r.question())) {
            o.put("standaloneQuestion", r.standalone());
        }
        r.checks().ifPresent(c -> {
            ObjectNode checks = o.putObject("checks");
            c.removedMarkers().forEach(checks.putArray("removedMarkers")::add);
            c.recitedSentences().forEach(checks.putArray("recitedSentences")::add);
            c.droppedSentences().forEach(checks.putArray("droppedSentences")::add);
        });
        return o;
    }

    public static ObjectNode citation(Citation c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("n", c.n());
        o.put("articleId", c.article().id());
        o.put("title", c.article().title());
        o.put("outlet", c.article().outlet());
        putDate(o, c.article().publishedIso());
        o.put("passageId", c.passage().id());
        o.put("text", c.passage().text());
        o.put("quote", c.quote());
        return o;
    }

    public static ObjectNode hit(int rank, Hit h) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("rank", rank);
        o.put("score", Math.round(h.score() * 10_000.0) / 10_000.0);
        o.put("passageId", h.passage().id());
        o.put("articleId", h.article().id());
        o.put("title", h.article().title());
        o.put("outlet", h.article().outlet());
        putDate(o, h.article().publishedIso());
        o.put("text", h.passage().text());
        return o;
    }

    public static ArrayNode hits(List<Hit> hits) {
        ArrayNode a = MAPPER.createArrayNode();
        for (int i = 0; i < hits.size(); i++) {
            a.add(hit(i + 1, hits.get(i)));
        }
        return a;
    }

    public static ObjectNode source(ArticleSummary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.meta().id());
        o.put("title", s.meta().title());
        o.put("outlet", s.meta().outlet());
        putDate(o, s.meta().publishedIso());
        o.put("byline", s.meta().byline());
        o.put("url", WebLinks.isWebLink(s.meta().url()) ? s.meta().url() : null);
        o.put("passages", s.passageCount());
        return o;
    }

    private static void putDate(ObjectNode o, String iso) {
        if (iso.isEmpty()) {
            o.putNull("published");
        } else {
            o.put("published", iso);
        }
    }
}
