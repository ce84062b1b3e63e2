package dev.kabar.brief.invariant;

import dev.kabar.answer.Citation;
import dev.kabar.article.Article;
import dev.kabar.brief.Briefing;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a finished briefing against the articles it cites, item by item, for each
 * {@link Invariant}. The checks are written apart from the briefer's own rules (their date reading
 * and their furniture patterns are their own), so a briefer fault is not checked by the code that
 * made it. Stateless.
 */
public final class BriefingInvariants {

    private final Function<String, Optional<Article>> articles;

    /** @param articles an article by id, as stored (its cleaned text and passages) */
    public BriefingInvariants(Function<String, Optional<Article>> articles) {
        this.articles = articles;
    }

    public InvariantTally check(Briefing briefing) {
        InvariantTally tally = new InvariantTally();
        Map<Integer, Citation> byNumber = new HashMap<>();
        briefing.citations().forEach(c -> byNumber.put(c.n(), c));
        Cited cited = new Cited(byNumber, articles);
        for (Briefing.Quote q : briefing.quotes()) {
            SpeakerCheck.check(q, cited, tally);
        }
        for (Briefing.Reaction r : briefing.reactions()) {
            SpeakerCheck.check(r, cited, tally);
        }
        List<LocalDate> published = briefing.citations().stream().map(c -> c.article().published())
                .filter(d -> d != null).distinct().toList();
        for (Briefing.Event e : briefing.timeline()) {
            boolean ok = cited.first(e.citations()).map(a -> DateCheck.follows(e, a, published)).orElse(false);
            tally.record(Invariant.DATE_FOLLOWS, ok, cited.articleId(e.citations()),
                    e.date() + " ← " + e.expression() + " | " + e.text());
        }
        for (Briefing.Point p : briefing.keyPoints()) {
            String outlet = cited.citation(p.citations()).map(c -> c.article().outlet()).orElse("");
            tally.record(Invariant.KEY_POINT_CLEAN, FurnitureCheck.clean(p.text(), outlet), cited.articleId(p.citations()),
                    p.text());
        }
        checkCitations(briefing, cited, tally);
        return tally;
    }

    private static void checkCitations(Briefing b, Cited cited, InvariantTally tally) {
        Set<Integer> used = new HashSet<>();
        b.keyPoints().forEach(p -> item(p.text(), p.citations(), cited, used, tally));
        b.quotes().forEach(q -> item(q.quote(), q.citations(), cited, used, tally));
        b.reactions().forEach(r -> item(r.text(), r.citations(), cited, used, tally));
        b.timeline().forEach(e -> item(e.text(), e.citations(), cited, used, tally));
        b.differences().forEach(d -> d.versions().forEach(v -> item(v.text(), v.citations(), cited, used, tally)));
        for (Citation c : b.citations()) {
            boolean ok = used.contains(c.n()) && c.passage().text().contains(c.quote());
            tally.record(Invariant.CITATIONS_RESOLVE, ok, c.article().id(), "[" + c.n() + "] unused or misquoted");
        }
    }

    /**
     * An item's citations all exist and its words are verbatim in one of them. A reaction's text
     * may be built around a quote ({@code Name: “…”}): its quoted words are what must be verbatim.
     */
    private static void item(String text, List<Integer> numbers, Cited cited, Set<Integer> used, InvariantTally tally) {
        used.addAll(numbers);
        boolean exist = !numbers.isEmpty() && numbers.stream().allMatch(cited::exists);
        String words = QuotedWords.of(text);
        boolean verbatim = exist && numbers.stream().anyMatch(n -> cited.passageText(n).contains(words));
        tally.record(Invariant.CITATIONS_RESOLVE, exist && verbatim, cited.articleId(numbers), numbers + " " + text);
    }
}
