package dev.kabar.chat;

import java.nio.file.Path;

/**
 * Which library to open.
 *
 * @param corpus folder of {@code .txt} articles or a {@code .jsonl} file; {@code null} for the configured one
 * @param index index directory; {@code null} for the configured one
 * @param config properties file; {@code null} for {@code config/kabar.properties}
 * @param forceRebuild re-index even when the index is current
 * @param backend {@link Backend#CONFIGURED} for {@code retrieval.backend}, or the one to use instead
 * @param scratch {@code null} for the configured Solr collection; else a name for a collection of the
 *     run's own, {@code <solr.collection>_<scratch>}, dropped and created afresh, so that an evaluation or
 *     a benchmark never replaces what a server serves (the embedded index ignores it)
 */
public record LibraryRequest(Path corpus, Path index, Path config, boolean forceRebuild, Backend backend,
        String scratch) {

    /** Where the passages are searched. */
    public enum Backend {
        /** as {@code retrieval.backend} says */
        CONFIGURED,
        /** the embedded Lucene index, whatever is configured */
        LUCENE,
        /** the configured SolrCloud cluster ({@code solr.urls}), whatever {@code retrieval.backend} says */
        SOLR
    }

    public LibraryRequest {
        if (backend == null) {
            throw new IllegalArgumentException("backend must not be null (CONFIGURED for retrieval.backend)");
        }
        if (scratch != null && !scratch.matches("[a-z0-9_]{1,20}")) {
            throw new IllegalArgumentException("scratch must be 1 to 20 of a-z, 0-9 and '_', was '" + scratch + "'");
        }
    }

    public LibraryRequest(Path corpus, Path index, Path config, boolean forceRebuild) {
        this(corpus, index, config, forceRebuild, Backend.CONFIGURED, null);
    }

    /** The same request on {@code other}, in a scratch collection {@code name} when that is Solr. */
    public LibraryRequest on(Backend other, String name) {
        return new LibraryRequest(corpus, index, config, forceRebuild, other, name);
    }
}
