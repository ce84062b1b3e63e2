package dev.kabar.app;

import dev.kabar.chat.IndexReport;
import dev.kabar.chat.Reindexer;
import dev.kabar.retrieval.lucene.LuceneIndex;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /reindex}: builds a new index generation from the corpus as it is now, opens it and swaps
 * it into the live index. One re-index at a time; a failed build leaves the old generation serving.
 */
final class CorpusReindexer implements Reindexer {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusReindexer.class);

    private final Supplier<IndexReport> build;
    private final Supplier<LuceneIndex> open;
    private final LiveIndex live;

    /**
     * @param build ingests the corpus into a new generation and makes it current on disk
     * @param open opens the current generation
     */
    CorpusReindexer(Supplier<IndexReport> build, Supplier<LuceneIndex> open, LiveIndex live) {
        this.build = build;
        this.open = open;
        this.live = live;
    }

    @Override
    public synchronized IndexReport reindex() {
        IndexReport report = build.get();
        live.swap(open.get());
        LOG.info("re-indexed: {}", report.summary());
        return report;
    }
}
