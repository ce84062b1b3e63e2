package dev.kabar.chat;

import dev.kabar.brief.Briefer;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.IndexReport;
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
    private final Briefer briefer;

    /**
     * The services a library is made of, besides its briefer.
     *
     * @param baseline plain BM25 over the same index, for evaluation runs
     */
    public record Parts(AskService asker, PassageRetriever retriever, PassageRetriever baseline, ArticleStore store) {}

    public Library(Parts parts, Briefer briefer, IndexReport report, AutoCloseable resources) {
        AskService asker = parts.asker();
        PassageRetriever retriever = parts.retriever();
        PassageRetriever baseline = parts.baseline();
        ArticleStore store = parts.store();
        this.briefer = Objects.requireNonNull(briefer, "briefer");
        this.asker = Objects.requireNonNull(asker, "asker");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.store = Objects.requireNonNull(store, "store");
        this.report = Objects.requireNonNull(report, "report");
        this.resources = Objects.requireNonNull(resources, "resources");
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

    /** Cited briefings on a topic or on the whole collection. */
    public Briefer briefer() {
        return briefer;
    }

    public ArticleStore store() {
        return store;
    }

    public IndexReport report() {
        return report;
    }

    /** Where {@code /reindex} is offered; {@link Reindexer#NONE} until the composition root sets it. */
    private volatile Reindexer reindexer = Reindexer.NONE;

    /** Lets admins rebuild this library's index without a restart; set by the composition root. */
    public Library reindexable(Reindexer value) {
        this.reindexer = Objects.requireNonNull(value, "reindexer");
        return this;
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
