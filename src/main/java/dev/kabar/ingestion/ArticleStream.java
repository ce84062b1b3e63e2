package dev.kabar.ingestion;

import dev.kabar.article.Article;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Reads a corpus on its own thread and hands the articles over one at a time, so an indexer can
 * consume them as an {@link Iterable} while the next files are being cleaned — and a corpus of
 * millions of passages never sits in memory at once. Iterate once, then call {@link #report()}.
 */
public final class ArticleStream implements Iterable<Article>, AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
    private final CompletableFuture<IngestionReport> report = new CompletableFuture<>();
    private final Thread producer;
    private volatile boolean closed;

    public ArticleStream(CorpusReader reader, Path path) {
        producer = Thread.ofPlatform().name("kabar-ingest").daemon().unstarted(() -> produce(reader, path));
        producer.start();
    }

    private void produce(CorpusReader reader, Path path) {
        try {
            report.complete(reader.read(path, this::put));
        } catch (RuntimeException e) {
            report.completeExceptionally(e);
        } finally {
            end();
        }
    }

    /** Marks the end for the consumer; after {@link #close()} (the only interrupter) nobody reads it. */
    private void end() {
        try {
            queue.put(END);
        } catch (InterruptedException closedByConsumer) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Article article) {
        if (closed) {
            throw new IllegalStateException("article stream closed");
        }
        try {
            queue.put(article);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the corpus", e);
        }
    }

    @Override
    public Iterator<Article> iterator() {
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading the corpus", e);
                    }
                }
                if (next == END) {
                    rethrowFailure();
                    return false;
                }
                return true;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Article a = (Article) next;
                next = null;
                return a;
            }
        };
    }

    /** The ingestion report; waits for the reader to finish. */
    public IngestionReport report() {
        try {
            return report.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the corpus", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void rethrowFailure() {
        if (report.isCompletedExceptionally()) {
            report();
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        producer.interrupt();
    }
}
