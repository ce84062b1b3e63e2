package dev.kabar.chat;

import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.IndexReport;
import dev.kabar.retrieval.PassageRetriever;
import java.util.Objects;

/**
 * An indexed article collection ready for questions: the ports the adapters use, built once and
 * complete by the composition root. Each adapter takes what it needs — the web the door and the
 * store, Telegram those and the reindexer, the command line also the retrievers and the report.
 * Closing it releases the index.
 *
 * @param door questions, searches and briefings, checked and rate-limited ({@link FrontDoor#limitedBy})
 * @param store the articles and passages, for listings and citation links
 * @param reindexer rebuilds the index without a restart ({@code /reindex}); {@link Reindexer#NONE} where not offered
 * @param report what opening did to the index
 * @param retriever the passage search questions use, for evaluation and benchmarks
 * @param baseline plain BM25 over the same index (no aliases, no proximity), for evaluation runs that
 *     measure what the real retriever adds
 * @param resources what {@link #close()} releases
 * @param desk adds and removes articles while serving ({@link ArticleDesk#NONE} where not offered)
 */
public record Library(FrontDoor door, ArticleStore store, Reindexer reindexer, IndexReport report,
        PassageRetriever retriever, PassageRetriever baseline, AutoCloseable resources, ArticleDesk desk)
        implements AutoCloseable {

    public Library {
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(reindexer, "reindexer");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(retriever, "retriever");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(desk, "desk");
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
