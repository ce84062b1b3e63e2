package dev.kabar.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dated events: each whole sentence with a date expression, dated by its most precise expression.
 * Relative dates are read against the article's publication date; for an undated article, against
 * the latest full date it prints, else the newest publication date of the briefing's articles on
 * the same story; with none of these, not at all.
 */
final class Timeline {

    /** An event before numbering: the sentences (one per article) reporting it. */
    record Draft(When when, String basis, List<SourceSentence> sources) {}

    static final int MAX_EVENTS = 12;
    /** Sentences this alike in two articles make them reports of one story (as key points merge them). */
    private static final double SAME_STORY = 0.42;

    private Timeline() {}

    static List<Draft> of(List<SourceSentence> sentences, Salience salience) {
        Map<String, Optional<LocalDate>> inferred = new HashMap<>();
        Map<String, List<SourceSentence>> dated = new HashMap<>();
        sentences.stream().filter(s -> Dates.mayHoldDate(s.tokens()))
                .forEach(s -> dated.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s));
        List<Draft> events = new ArrayList<>();
        for (SourceSentence s : sentences) {
            if (!s.prose() || !Dates.mayHoldDate(s.tokens())) {
                continue;
            }
            LocalDate published = s.article().published();
            LocalDate reference = published != null ? published
                    : inferred.computeIfAbsent(s.articleId(), id -> latestFullDate(dated.get(id))
                            .or(() -> sameStoryDate(id, sentences))).orElse(null);
            String relativeBasis = published != null ? "published" : "inferred";
            primary(Dates.find(s.text(), reference)).ifPresent(w ->
                    merge(events, new Draft(w, w.relative() ? relativeBasis : "text", List.of(s))));
        }
        return events.stream()
                .sorted(Comparator.comparingDouble((Draft d) -> -(d.sources().size() + d.when().precision() * 0.2
                        + salience.of(d.sources().getFirst()))))
                .limit(MAX_EVENTS)
                .sorted(Comparator.comparing((Draft d) -> d.when().date()))
                .toList();
    }

    /** The most precise expression, the first among equals. */
    private static Optional<When> primary(List<When> found) {
        return found.stream().max(Comparator.comparingInt(When::precision).thenComparingInt(w -> -w.start()));
    }

    private static void merge(List<Draft> events, Draft d) {
        SourceSentence s = d.sources().getFirst();
        for (int i = 0; i < events.size(); i++) {
            Draft e = events.get(i);
            if (e.when().date().equals(d.when().date()) && Cluster.nearDuplicates(e.sources().getFirst(), s, 0.34)) {
                if (e.sources().stream().noneMatch(o -> o.articleId().equals(s.articleId()))) {
                    List<SourceSentence> more = new ArrayList<>(e.sources());
                    more.add(s);
                    events.set(i, new Draft(e.when(), e.basis(), more));
                }
                return;
            }
        }
        events.add(d);
    }

    /**
     * The newest publication date among the briefing's articles that report the same story as
     * article {@code id} — a sentence of each says the same thing — or empty. An unrelated article
     * the topic also drew in says nothing about when this one was written.
     */
    private static Optional<LocalDate> sameStoryDate(String id, List<SourceSentence> sentences) {
        List<SourceSentence> own = sentences.stream().filter(s -> s.articleId().equals(id)).toList();
        return sentences.stream()
                .filter(o -> o.article().published() != null && !o.articleId().equals(id)
                        && own.stream().anyMatch(s -> Cluster.nearDuplicates(s, o, SAME_STORY)))
                .map(o -> o.article().published())
                .max(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> latestFullDate(List<SourceSentence> articleSentences) {
        return articleSentences.stream()
                .flatMap(s -> Dates.absolute(s.text()).stream())
                .filter(w -> w.precision() == 3)
                .map(w -> LocalDate.parse(w.date()))
                .max(Comparator.naturalOrder());
    }
}
