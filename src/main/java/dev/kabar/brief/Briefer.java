package dev.kabar.brief;

import dev.kabar.article.Article;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds cited briefings from the articles: on a topic through the {@link PassageRetriever}, or on
 * the whole collection (its newest articles, listed again only after the index changes) when the topic is empty. Any topic at all yields a
 * briefing, possibly a "nothing found" one; never an exception. Thread-safe: it holds no state
 * between calls.
 */
public final class Briefer {

    /**
     * @param topicPassages passages retrieved for a topic
     * @param collectionArticles newest articles read for a whole-collection briefing
     */
    public record Limits(int topicPassages, int collectionArticles) {
        public Limits {
            if (topicPassages < 1 || collectionArticles < 1) {
                throw new IllegalArgumentException("briefing limits must be >= 1: " + topicPassages + ", "
                        + collectionArticles);
            }
        }

        public static Limits defaults() {
            return new Limits(40, 40);
        }
    }

    private final PassageRetriever retriever;
    private final ArticleStore store;
    private final Limits limits;
    private final Vocabulary vocabulary;
    private final Sections sections;
    private final NewestArticles newest;

    public Briefer(PassageRetriever retriever, ArticleStore store, AliasTable aliases, Limits limits) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.store = Objects.requireNonNull(store, "store");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.vocabulary = new Vocabulary(Objects.requireNonNull(aliases, "aliases"));
        this.sections = new Sections(vocabulary, new Parties(aliases));
        this.newest = new NewestArticles(store, limits.collectionArticles());
    }

    /**
     * A briefing on {@code topic}; {@code null} or blank means the whole collection. Its length is
     * the caller's to check (the chat's front door does).
     *
     * @param language the topic's, detected once by the caller; the language of the notes and labels
     */
    public Briefing brief(String topic, Language language) {
        String t = topic == null ? "" : topic.strip();
        Set<String> topicTerms = vocabulary.topicTerms(t);
        if (!t.isEmpty() && topicTerms.isEmpty()) {
            return Briefing.nothingFound(t, language, Notes.nothingOn(language, t));
        }
        List<Sentences.Source> sources = t.isEmpty() ? collection() : topic(t);
        if (sources.isEmpty()) {
            return Briefing.nothingFound(t, language, t.isEmpty() ? Notes.emptyCollection(language) : Notes.nothingOn(language, t));
        }
        List<SourceSentence> sentences = Sentences.of(sources, vocabulary);
        if (!t.isEmpty() && !covers(sentences, vocabulary.terms(t))) {
            return Briefing.nothingFound(t, language, Notes.nothingOn(language, t));
        }
        Briefing b = sections.build(t, language, sentences, new Salience(sentences, topicTerms),
                id -> store.article(id).map(Article::text).orElse(""));
        return b.citations().isEmpty() ? Briefing.nothingFound(t, language, Notes.nothingOn(language, t)) : b;
    }

    /**
     * True when the passages hold at least half of the topic's words: one stray match ("Inggris"
     * in "sepak bola liga Inggris") is not a briefing on the topic.
     */
    private static boolean covers(List<SourceSentence> sentences, Set<String> topicTerms) {
        Set<String> seen = new HashSet<>();
        sentences.forEach(s -> seen.addAll(s.terms()));
        long held = topicTerms.stream().filter(seen::contains).count();
        return held * 2 >= topicTerms.size();
    }

    private List<Sentences.Source> topic(String topic) {
        List<Sentences.Source> out = new ArrayList<>();
        for (Hit h : retriever.search(topic, limits.topicPassages())) {
            out.add(new Sentences.Source(h.passage(), h.article(), h.score()));
        }
        return out;
    }

    private List<Sentences.Source> collection() {
        List<Sentences.Source> out = new ArrayList<>();
        for (String id : newest.ids()) {
            store.article(id).ifPresent(a -> a.passages().forEach(p -> out.add(new Sentences.Source(p, a.meta(), 1.0))));
        }
        return out;
    }
}
