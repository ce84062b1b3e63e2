package dev.kabar.chat;

import dev.kabar.retrieval.IndexReport;

/**
 * Re-reads the corpus into a new index generation and switches the open library to it, without a
 * restart: questions asked during the build are answered from the old index, those after it from
 * the new one. The composition root implements it; adapters offer it to admins.
 */
@FunctionalInterface
public interface Reindexer {

    /** Where re-indexing is not wired in: every call fails with a one-line explanation. */
    Reindexer NONE = () -> {
        throw new UnsupportedOperationException("re-indexing is not available here: run ./kabar index and restart");
    };

    /**
     * @return what the build did (articles, passages, rejected files, time taken)
     * @throws RuntimeException with a one-line message when the corpus cannot be read or the index
     *     written; the library then keeps serving the old index
     */
    IndexReport reindex();
}
