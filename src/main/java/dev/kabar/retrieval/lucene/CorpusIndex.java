package dev.kabar.retrieval.lucene;

import dev.kabar.ingestion.ArticleStream;
import dev.kabar.ingestion.CorpusReader;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.IngestionReport;
import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.retrieval.IndexReport;
import dev.kabar.retrieval.IndexStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A corpus and the index generations built from it under one root: rebuilt when its
 * {@link IndexStamp} — the corpus files, the furniture rules, the passage settings and the index
 * format — no longer matches, and re-indexed on demand ({@code /reindex}) into a {@link LiveIndex}.
 * One re-index at a time; a failed build leaves the old generation serving.
 */
public final class CorpusIndex {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndex.class);

    private final Path corpus;
    private final Path furniture;
    private final PassageSplitter splitter;
    private final Path root;
    private final CorpusReader reader;

    /**
     * @param corpus the folder or file of articles
     * @param furniture the furniture rules file the corpus is cleaned with
     * @param root where the index generations live
     */
    public CorpusIndex(Path corpus, Path furniture, PassageSplitter splitter, Path root) {
        this.corpus = corpus;
        this.furniture = furniture;
        this.splitter = splitter;
        this.root = root;
        this.reader = new CorpusReader(FurnitureRules.load(furniture), splitter);
    }

    /**
     * Builds a new generation when {@code force} or when the index on disk was built from other
     * files or settings; {@code starting} runs just before a build.
     *
     * @return what the build did, or empty when the index on disk is current
     */
    public Optional<IndexReport> refresh(boolean force, Runnable starting) {
        String stamp = stamp();
        if (!force && LuceneIndexes.isCurrent(root, stamp)) {
            return Optional.empty();
        }
        starting.run();
        return Optional.of(build(stamp));
    }

    /** Builds a new generation from the corpus as it is now and switches {@code live} to it. */
    public synchronized IndexReport reindex(LiveIndex live) {
        IndexReport report = build(stamp());
        live.reopen();
        LOG.info("re-indexed: {}", report.summary());
        return report;
    }

    private IndexReport build(String stamp) {
        long t0 = System.nanoTime();
        BuildReport built;
        IngestionReport ingested;
        try (ArticleStream articles = new ArticleStream(reader, corpus)) {
            built = LuceneIndexes.build(root, stamp, articles);
            ingested = articles.report();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new IndexReport(true, built.articles(), (int) built.passages(), ingested.furnitureLinesRemoved(),
                ingested.rejected().stream().map(r -> r.source() + ": " + r.reason()).toList(), millis);
    }

    private String stamp() {
        return IndexStamp.of(CorpusReader.fingerprint(corpus), fileText(furniture),
                splitter.minChars() + "/" + splitter.maxChars());
    }

    private static String fileText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
