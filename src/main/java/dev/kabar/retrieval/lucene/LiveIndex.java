package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.retrieval.SearchIndex;
import dev.kabar.retrieval.SourceFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The open index generation behind a swappable reference, so a re-index can switch every adapter
 * to a new generation without a restart. Each call reads under a shared lock; {@link #reopen} takes
 * it exclusively, so the old generation is closed only once no call is still using it.
 */
public final class LiveIndex implements SearchIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Path root;
    private final AliasTable aliases;
    private final Associations standIns;
    private LuceneIndex current;
    private long swaps;

    private LiveIndex(Path root, AliasTable aliases, Associations standIns) {
        this.root = root;
        this.aliases = aliases;
        this.standIns = standIns;
        this.current = LuceneIndexes.open(root, aliases, standIns);
    }

    /**
     * Opens the current generation under {@code root}; {@link #reopen} later switches to a newer one.
     *
     * @param standIns the learned stand-in words the queries of every generation use
     */
    public static LiveIndex open(Path root, AliasTable aliases, Associations standIns) {
        return new LiveIndex(root, aliases, standIns);
    }

    @Override
    public List<Hit> search(String text, int limit) {
        return read(i -> i.search(text, limit));
    }

    @Override
    public List<Hit> search(String text, int limit, SourceFilter filter) {
        return read(i -> i.search(text, limit, filter));
    }

    /** The evaluation baseline (plain BM25) of whichever generation is current. */
    @Override
    public PassageRetriever plain() {
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

    @Override
    public int passageCount() {
        return read(LuceneIndex::passageCount);
    }

    /**
     * Adds or replaces {@code article} in the open generation, visible to the next search when this
     * returns and committed. The first write takes the index's write lock, held until the next
     * {@link #reopen} or {@link #close}; commands that only read never take it.
     */
    @Override
    public void put(Article article) {
        write(i -> {
            i.put(article);
            return true;
        });
    }

    /** Deletes article {@code id} from the open generation; false when it held none. */
    @Override
    public boolean remove(String id) {
        return write(i -> i.delete(id));
    }

    /** One write at a time, on a generation opened for writing (re-opened so the first time). */
    private synchronized <T> T write(Function<LuceneIndex, T> change) {
        boolean writable = read(LuceneIndex::writable);
        if (!writable) {
            swap(LuceneIndexes.openWritable(root, aliases, standIns));
        }
        return read(change);
    }

    /**
     * Opens the generation that is now current on disk, makes it current here and closes the
     * previous one once no call uses it.
     */
    @Override
    public synchronized void reopen() {
        swap(LuceneIndexes.open(root, aliases, standIns)); // closing the old one releases its write lock, if it took it
    }

    private void swap(LuceneIndex next) {
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
