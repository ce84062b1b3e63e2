package dev.kabar.app;

import dev.kabar.article.Article;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.retrieval.lucene.LuceneIndex;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The open index generation behind a swappable reference, so a re-index can switch every adapter
 * to a new generation without a restart. Each call reads under a shared lock; {@link #swap} takes
 * it exclusively, so the old generation is closed only once no call is still using it.
 */
final class LiveIndex implements PassageRetriever, ArticleStore, AutoCloseable {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private LuceneIndex current;
    private long swaps;

    LiveIndex(LuceneIndex first) {
        this.current = first;
    }

    @Override
    public List<Hit> search(String text, int limit) {
        return read(i -> i.search(text, limit));
    }

    /** The evaluation baseline (plain BM25) of whichever generation is current. */
    PassageRetriever plain() {
        return (text, limit) -> read(i -> i.plain().search(text, limit));
    }

    @Override
    public List<ArticleSummary> articles() {
        return read(LuceneIndex::articles);
    }

    @Override
    public Optional<Article> article(String id) {
        return read(i -> i.article(id));
    }

    @Override
    public Optional<Hit> passage(String passageId) {
        return read(i -> i.passage(passageId));
    }

    /** The generation's own version in the low bits, the number of swaps above: a new generation starts its versions afresh. */
    @Override
    public long version() {
        return read(i -> (swaps << 40) + i.version());
    }

    int passageCount() {
        return read(LuceneIndex::passageCount);
    }

    /** Makes {@code next} current and closes the previous generation once no call uses it. */
    void swap(LuceneIndex next) {
        LuceneIndex old;
        lock.writeLock().lock();
        try {
            old = current;
            current = next;
            swaps++;
        } finally {
            lock.writeLock().unlock();
        }
        old.close();
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            current.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T read(Function<LuceneIndex, T> call) {
        lock.readLock().lock();
        try {
            return call.apply(current);
        } finally {
            lock.readLock().unlock();
        }
    }
}
