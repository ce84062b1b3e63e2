package dev.kabar.digest;

import dev.kabar.article.Article;
import dev.kabar.article.Passage;
import dev.kabar.brief.ArticleKeyPoint;
import dev.kabar.feed.SeenItems;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.text.SentenceSplitter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one digest holds: the articles taken in from feeds in a time window (the feed ledger says
 * when), still in the index, those a search for the topic finds if there is one; newest first, at
 * most {@value #MAX_ENTRIES}. Each with the key point a briefing on the article would give first
 * ({@link ArticleKeyPoint}), else the lead sentence of its first passage.
 */
public final class Digests {

    static final int MAX_ENTRIES = 20;
    private static final int TOPIC_PASSAGES = 200;

    private final Path state;
    private final PassageRetriever retriever;
    private final ArticleStore store;
    private final SentenceSplitter sentences = new SentenceSplitter();

    public Digests(Path state, PassageRetriever retriever, ArticleStore store) {
        this.state = state;
        this.retriever = retriever;
        this.store = store;
    }

    /** The entries of articles taken in after {@code since} and up to {@code until}. */
    public List<DigestEntry> between(Instant since, Instant until, String topic) {
        Set<String> ids = new LinkedHashSet<>();
        for (SeenItems.Taken t : new SeenItems(state).articles()) { // read afresh: the poller appends to it
            if (t.at().isAfter(since) && !t.at().isAfter(until)) {
                ids.add(t.articleId());
            }
        }
        if (!topic.isBlank() && !ids.isEmpty()) {
            Set<String> found = new LinkedHashSet<>();
            for (Hit h : retriever.search(topic, TOPIC_PASSAGES)) {
                found.add(h.article().id());
            }
            ids.retainAll(found);
        }
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            store.article(id).filter(a -> !a.passages().isEmpty()).ifPresent(articles::add);
        }
        // the newest first, and key points only for those shown: ranking an article's sentences costs more than the rest
        articles.sort(Comparator.comparing((Article a) -> Optional.ofNullable(a.meta().published()).orElse(LocalDate.MIN))
                .reversed());
        return articles.stream().limit(MAX_ENTRIES).map(this::entry).toList();
    }

    private DigestEntry entry(Article a) {
        ArticleKeyPoint point = ArticleKeyPoint.of(a).orElseGet(() -> lead(a.passages().getFirst()));
        Passage p = point.passage();
        return new DigestEntry(a.id(), a.meta().title(), a.meta().outlet(), Optional.ofNullable(a.meta().published()),
                point.text(), p.id(), p.ordinal());
    }

    /** When no sentence makes a key point (an article of headings or short lines): what it opens with. */
    private ArticleKeyPoint lead(Passage first) {
        return new ArticleKeyPoint(sentences.sentences(first.text()).stream().findFirst().orElse(first.text()).strip(), first);
    }
}
