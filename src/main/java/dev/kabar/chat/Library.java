package dev.kabar.chat;

import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.PassageRetriever;
import java.util.Objects;

/**
 * An indexed article collection ready for questions: what every adapter works with. Closing it
 * releases the index.
 */
public final class Library implements AutoCloseable {

    private final AskService asker;
    private final PassageRetriever retriever;
    private final PassageRetriever baseline;
    private final ArticleStore store;
    private final IndexReport report;
    private final AutoCloseable resources;
    private final Reindexer reindexer;

    /**
     * @param baseline plain BM25 over the same index (no aliases, no proximity), for evaluation
     *     runs that measure what the real retriever adds
     */
    public Library(AskService asker, PassageRetriever retriever, PassageRetriever baseline, ArticleStore store,
            IndexReport report, AutoCloseable resources) {
        this(asker, retriever, baseline, store, report, resources, Reindexer.NONE);
    }

    /** @param reindexer rebuilds the index from the corpus and switches this library to it */
    public Library(AskService asker, PassageRetriever retriever, PassageRetriever baseline, ArticleStore store,
            IndexReport report, AutoCloseable resources, Reindexer reindexer) {
        this.asker = Objects.requireNonNull(asker, "asker");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.store = Objects.requireNonNull(store, "store");
        this.report = Objects.requireNonNull(report, "report");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.reindexer = Objects.requireNonNull(reindexer, "reindexer");
    }

    public AskService asker() {
        return asker;
    }

    public PassageRetriever retriever() {
        return retriever;
    }

    public PassageRetriever baseline() {
        return baseline;
    }

    public ArticleStore store() {
        return store;
    }

    /** The index as it was when the library opened; after a {@link #reindexer() re-index} see its report. */
    public IndexReport report() {
        return report;
    }

    public Reindexer reindexer() {
        return reindexer;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not close the index cleanly: " + e.getMessage(), e);
        }
    }
}
