package dev.kabar.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.kabar.brief.Briefing;
import java.util.List;

/**
 * The briefing JSON of the CLI ({@code kabar brief --json}) and {@code POST /api/brief}. Field names
 * and order are a contract; {@code note} appears only when there is one; citations have the shape
 * of answers' citations, and every section's items cite them by number.
 */
public record BriefingJson(String topic, String language, boolean found, @JsonInclude(Include.NON_NULL) String note,
        List<KeyPoint> keyPoints, List<Quote> quotes, List<Reaction> reactions, List<Event> timeline,
        List<Difference> differences, Coverage coverage, List<CitationJson> citations) {

    /** A key point. */
    public record KeyPoint(String text, List<Integer> citations) {}

    /** Who said what. */
    public record Quote(String speaker, String role, String quote, List<Integer> citations) {}

    /** A party's reaction. */
    public record Reaction(String party, String text, List<Integer> citations) {}

    /** A dated event of the timeline. */
    public record Event(String date, String basis, String expression, String text, List<Integer> citations) {}

    /** Where sources differ about one thing, with each version. */
    public record Difference(String about, List<Version> versions) {}

    /** One source's version of a disputed detail. */
    public record Version(String detail, String text, List<Integer> citations) {}

    /** How much the briefing draws on; {@code from} and {@code to} are null when no date is known. */
    public record Coverage(int articles, List<String> outlets, String from, String to) {}

    public static BriefingJson of(Briefing b) {
        Briefing.Coverage c = b.coverage();
        return new BriefingJson(b.topic(), b.language().code(), b.found(), b.note().isEmpty() ? null : b.note(),
                b.keyPoints().stream().map(p -> new KeyPoint(p.text(), p.citations())).toList(),
                b.quotes().stream().map(q -> new Quote(q.speaker(), q.role(), q.quote(), q.citations())).toList(),
                b.reactions().stream().map(r -> new Reaction(r.party(), r.text(), r.citations())).toList(),
                b.timeline().stream().map(e -> new Event(e.date(), e.basis(), e.expression(), e.text(), e.citations()))
                        .toList(),
                b.differences().stream().map(d -> new Difference(d.about(), d.versions().stream()
                        .map(v -> new Version(v.detail(), v.text(), v.citations())).toList())).toList(),
                new Coverage(c.articles(), c.outlets(), CitationJson.nullIfEmpty(c.from()),
                        CitationJson.nullIfEmpty(c.to())),
                b.citations().stream().map(CitationJson::of).toList());
    }
}
