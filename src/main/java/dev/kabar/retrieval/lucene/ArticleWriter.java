package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams articles into an {@link IndexWriter}. The caller's thread reads the articles and builds
 * documents; a small pool of named threads analyses and inverts them in parallel (Lucene indexes
 * concurrently per thread), with at most {@link #IN_FLIGHT} articles buffered; at the end the
 * same threads flush the buffered segments in parallel before the single commit.
 */
final class ArticleWriter {

    /** Commit user data: the caller's stamp of the corpus this generation was built from. */
    static final String STAMP_KEY = "kabar.stamp";
    /** Commit user data: bumped whenever fields or analysis change, so old indexes are rebuilt. */
    static final String SCHEMA_KEY = "kabar.schema";

    static final String SCHEMA = "2";

    private static final int IN_FLIGHT = 256;
    private static final Logger log = LoggerFactory.getLogger(ArticleWriter.class);

    private final IndexWriter writer;
    private final Phaser pending = new Phaser(1);
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong failedPassages = new AtomicLong();
    private final AtomicReference<Exception> fatal = new AtomicReference<>();

    private ArticleWriter(IndexWriter writer) {
        this.writer = writer;
    }

    /**
     * A fresh index up to this many documents is merged into one segment before its commit: each
     * query looks every term up once per segment, which on a small corpus costs more than scoring,
     * and merging a small index takes well under a second. Larger builds keep their segments.
     */
    static final int MERGE_TO_ONE_BELOW_DOCS = 100_000;

    /**
     * Writes {@code articles}, then commits once, with {@code stamp} in the commit data when not
     * null. Each article replaces any earlier documents with its id, so writing the same article
     * twice leaves one copy. When {@code fresh} (the index started empty) only ids repeated within
     * this run need that delete: buffered deletes cost a term look-up per segment at every flush.
     */
    static BuildReport write(IndexWriter writer, String generation, boolean fresh, Iterable<Article> articles,
            String stamp) throws IOException {
        return new ArticleWriter(writer).run(generation, fresh, articles, stamp);
    }

    private BuildReport run(String generation, boolean fresh, Iterable<Article> articles, String stamp)
            throws IOException {
        long begin = System.nanoTime();
        Set<String> seen = new HashSet<>();
        int count = 0;
        int empty = 0;
        long passages = 0;
        ExecutorService pool =
                Executors.newFixedThreadPool(threads(), Thread.ofPlatform().name("kabar-indexer-", 1).factory());
        try {
            for (Article article : articles) {
                List<Document> docs = ArticleDocuments.of(article, writer.getAnalyzer());
                if (!seen.add(article.id()) || !fresh) {
                    pending.arriveAndAwaitAdvance(); // earlier copies must be written before they are replaced
                    add(article.id(), docs, true);
                } else {
                    submit(pool, article.id(), docs);
                }
                count++;
                passages += article.passages().size();
                empty += article.passages().isEmpty() ? 1 : 0;
                throwIfFailed();
            }
            pending.arriveAndAwaitAdvance();
            throwIfFailed();
            flushInParallel(pool);
            if (fresh && writer.getDocStats().maxDoc <= MERGE_TO_ONE_BELOW_DOCS) {
                writer.forceMerge(1);
            }
        } finally {
            awaitWorkers(pool); // never interrupt: an interrupted IndexWriter can lose its index
        }
        if (stamp != null) {
            writer.setLiveCommitData(Map.of(STAMP_KEY, stamp, SCHEMA_KEY, SCHEMA,
                    IndexStemmer.COMMIT_KEY, Analyzers.stemmerOf(writer.getAnalyzer()).key()).entrySet());
        }
        writer.commit();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        return new BuildReport(
                generation, count - failed.get(), passages - failedPassages.get(), empty, failed.get(), elapsed);
    }

    private void submit(ExecutorService pool, String id, List<Document> docs) {
        slots.acquireUninterruptibly();
        pending.register();
        pool.execute(() -> {
            try {
                add(id, docs, false);
            } catch (IOException | RuntimeException e) {
                fatal.compareAndSet(null, e);
            } finally {
                slots.release();
                pending.arriveAndDeregister();
            }
        });
    }

    private void add(String id, List<Document> docs, boolean replace) throws IOException {
        try {
            if (replace) {
                writer.updateDocuments(new Term(Fields.ARTICLE_ID, id), docs);
            } else {
                writer.addDocuments(docs);
            }
        } catch (IllegalArgumentException e) {
            failed.incrementAndGet(); // e.g. an id longer than Lucene's term limit: skip this article only
            failedPassages.addAndGet(docs.size() - 1);
            log.warn("article {} not indexed: {}", id.length() > 80 ? id.substring(0, 80) + "…" : id, e.getMessage());
        }
    }

    /**
     * Writes the buffered segments out on all indexing threads at once: left to {@code commit}, the
     * last (and at a bulk load's scale the largest) flush ran on one thread while the others idled.
     */
    private void flushInParallel(ExecutorService pool) throws IOException {
        for (int t = 0; t < threads(); t++) {
            pending.register();
            pool.execute(() -> {
                try {
                    while (writer.flushNextBuffer()) {
                        // each call flushes one thread's buffer; concurrent calls take different ones
                    }
                } catch (IOException | RuntimeException e) {
                    fatal.compareAndSet(null, e);
                } finally {
                    pending.arriveAndDeregister();
                }
            });
        }
        pending.arriveAndAwaitAdvance();
        throwIfFailed();
    }

    private void throwIfFailed() throws IOException {
        switch (fatal.get()) {
            case null -> {}
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            default -> throw new IllegalStateException(fatal.get());
        }
    }

    private static void awaitWorkers(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
