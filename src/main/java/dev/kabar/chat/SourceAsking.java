package dev.kabar.chat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.decline.Declines;
import dev.kabar.answer.extractive.BylineAnswer;
import dev.kabar.answer.question.SourceQuestion;
import dev.kabar.answer.question.SourceQuestions;
import dev.kabar.article.ArticleMeta;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.AuthorNames;
import dev.kabar.text.Language;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about sources, against the loaded articles: reads the source a question names
 * ({@link SourceQuestions}), declines one that no loaded article is from, and answers "who wrote"
 * from the bylines. The loaded articles' metadata is read once per index version. Thread-safe.
 */
final class SourceAsking {

    /** A passage scoring at least this share of the best one is relevant enough to be ordered by date. */
    static final double RELEVANT_SHARE = 0.5;

    private final ArticleStore store;
    private final Clock clock;
    private final SourceQuestions questions = new SourceQuestions();
    private volatile Loaded loaded = new Loaded(Long.MIN_VALUE, List.of(), Set.of(), Set.of());

    SourceAsking(ArticleStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The loaded articles' metadata, their outlets and their bylines' authors as printed, at one index version. */
    private record Loaded(long version, List<ArticleMeta> articles, Set<String> outlets, Set<String> authors) {}

    SourceQuestion read(String question) {
        Loaded now = loaded();
        return questions.read(question, now.outlets(), now.authors(), LocalDate.now(clock));
    }

    /**
     * The first passages of the newest articles within the question's source, newest first: what
     * "Apa yang terjadi kemarin?" or "berita terbaru" with no topic is answered from.
     */
    List<Hit> newestArticles(SourceQuestion q, int limit) {
        List<Hit> out = new ArrayList<>();
        loaded().articles().stream().filter(q.filter()::matches)
                .sorted(Comparator.comparing(ArticleMeta::published, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit)
                .forEach(a -> store.passage(a.id() + "#1").ifPresent(out::add));
        return out;
    }

    /**
     * {@code hits} with the relevant ones — scoring at least {@value #RELEVANT_SHARE} of the best —
     * newest first, then the rest, at most {@code limit}: recency among relevant passages.
     */
    static List<Hit> newestFirst(List<Hit> hits, int limit) {
        if (hits.isEmpty()) {
            return hits;
        }
        double floor = RELEVANT_SHARE * hits.getFirst().score();
        List<Hit> relevant = new ArrayList<>(hits.stream().filter(h -> h.score() >= floor).toList());
        relevant.sort(Comparator.comparing((Hit h) -> h.article().published(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        hits.stream().filter(h -> h.score() < floor).forEach(relevant::add);
        return List.copyOf(relevant.subList(0, Math.min(limit, relevant.size())));
    }

    /**
     * The answer that needs no composer: a decline when no loaded article is from the named source,
     * the bylines when the question asks who wrote; empty when the composer should answer.
     *
     * @param hits the passages retrieved within the question's source
     */
    Optional<Answer> direct(SourceQuestion q, Language language, List<Hit> hits) {
        List<ArticleMeta> within = loaded().articles().stream().filter(q.filter()::matches).toList();
        if (!q.filter().isNone() && within.isEmpty()) {
            return Optional.of(Declines.of(language, new DeclineReason.NoSource(q.source())));
        }
        if (!q.asksAuthor()) {
            return Optional.empty();
        }
        List<Hit> articles = new ArrayList<>(hits.isEmpty() ? List.of() : hits.subList(0, 1));
        if (!q.filter().isNone()) { // the named outlet's articles, the best retrieved first
            articles = new ArrayList<>(hits);
            for (ArticleMeta a : within) {
                store.passage(a.id() + "#1").ifPresent(articles::add);
            }
        }
        return Optional.of(BylineAnswer.of(articles, language));
    }

    private Loaded loaded() {
        Loaded now = loaded;
        long version = store.version();
        if (now.version() != version) {
            List<ArticleMeta> metas = store.articles().stream().map(ArticleSummary::meta).toList();
            Set<String> outlets = new LinkedHashSet<>();
            Set<String> authors = new LinkedHashSet<>();
            metas.forEach(m -> {
                outlets.add(m.outlet());
                authors.addAll(AuthorNames.of(m.byline()));
            });
            now = new Loaded(version, metas, outlets, authors);
            loaded = now;
        }
        return now;
    }
}
