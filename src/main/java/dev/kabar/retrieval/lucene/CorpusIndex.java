package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.ingestion.AddedArticles;
import dev.kabar.ingestion.ArticleStream;
import dev.kabar.ingestion.CorpusReader;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.IngestionReport;
import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.retrieval.IndexReport;
import dev.kabar.retrieval.SearchIndex;
import dev.kabar.retrieval.IndexStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A corpus and the index generations built from it under one root: rebuilt when its
 * {@link IndexStamp} — the corpus files, the furniture rules, the passage settings, the stemmer
 * and the index format — no longer matches, and re-indexed on demand ({@code /reindex}) into a {@link LiveIndex}.
 * One re-index at a time; a failed build leaves the old generation serving.
 */
public final class CorpusIndex {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndex.class);

    private final Path corpus;
    private final Path furniture;
    private final PassageSplitter splitter;
    private final Path root;
    private final CorpusReader reader;
    private final AddedArticles added;
    private final IndexStemmer stemmer;
    /** Where builds go: the embedded generations under {@code root} unless another index's. */
    private final SearchIndex.Builds builds;

    /**
     * @param corpus the folder or file of articles
     * @param furniture the furniture rules file the corpus is cleaned with
     * @param root where the index generations live
     */
    public CorpusIndex(Path corpus, Path furniture, PassageSplitter splitter, Path root) {
        this(corpus, furniture, splitter, root, null);
    }

    /**
     * @param added the articles added and removed at run time, which every build applies on top of
     *     the corpus; null when there are none (an index outside the state directory)
     */
    public CorpusIndex(Path corpus, Path furniture, PassageSplitter splitter, Path root, AddedArticles added) {
        this(new Inputs(corpus, furniture, splitter, root), added, IndexStemmer.DEFAULT, null);
    }

    private record Inputs(Path corpus, Path furniture, PassageSplitter splitter, Path root) {}

    private CorpusIndex(Inputs in, AddedArticles added, IndexStemmer stemmer, SearchIndex.Builds builds) {
        Path corpus = in.corpus();
        Path furniture = in.furniture();
        PassageSplitter splitter = in.splitter();
        Path root = in.root();
        this.stemmer = stemmer;
        this.builds = builds != null ? builds : embedded(root, stemmer);
        this.added = added;
        this.corpus = corpus;
        this.furniture = furniture;
        this.splitter = splitter;
        this.root = root;
        this.reader = new CorpusReader(FurnitureRules.load(furniture), splitter);
    }

    /** This corpus and index, the stemmed fields stemmed by {@code stemmer} (part of the stamp unless the default). */
    public CorpusIndex stemmedWith(IndexStemmer stemmer) {
        return new CorpusIndex(new Inputs(corpus, furniture, splitter, root), added, stemmer, null);
    }

    /** This corpus built into another index ({@code builds}, e.g. a SolrCloud collection) instead of generations under the root. */
    public CorpusIndex buildingInto(SearchIndex.Builds builds) {
        return new CorpusIndex(new Inputs(corpus, furniture, splitter, root), added, stemmer, builds);
    }

    private static SearchIndex.Builds embedded(Path root, IndexStemmer stemmer) {
        return new SearchIndex.Builds() {
            @Override
            public boolean isCurrent(String stamp) {
                return LuceneIndexes.isCurrent(root, stamp);
            }

            @Override
            public SearchIndex.Built build(String stamp, Iterable<Article> articles, Consumer<String> progress) {
                BuildReport r = LuceneIndexes.build(root, stamp, articles, stemmer);
                return new SearchIndex.Built(r.articles(), r.passages());
            }
        };
    }

    /**
     * Builds a new generation when {@code force} or when the index on disk was built from other
     * files or settings; {@code starting} runs just before a build.
     *
     * @return what the build did, or empty when the index on disk is current
     */
    public Optional<IndexReport> refresh(boolean force, Runnable starting) {
        return refresh(force, starting, m -> LOG.info("{}", m));
    }

    /** As {@link #refresh(boolean, Runnable)}, a long build telling {@code progress} how far it is now and then. */
    public Optional<IndexReport> refresh(boolean force, Runnable starting, Consumer<String> progress) {
        String stamp = stamp();
        if (!force && builds.isCurrent(stamp)) {
            return Optional.empty();
        }
        starting.run();
        return Optional.of(build(stamp, progress));
    }

    /** Builds a new generation from the corpus as it is now and switches {@code live} to it. */
    public synchronized IndexReport reindex(SearchIndex live) {
        IndexReport report = build(stamp(), m -> LOG.info("{}", m));
        live.reopen();
        LOG.info("re-indexed: {}", report.summary());
        return report;
    }

    /**
     * Keeps {@code article} in the store of added articles and puts it into {@code live}: answerable
     * when this returns, without a rebuild, and kept by every later one. Nothing is half-added: when
     * the index refuses it, the store is put back as it was.
     *
     * @return true when the article is new, false when it replaced one with its id
     */
    public synchronized boolean add(SearchIndex live, Article article) {
        AddedArticles store = store();
        boolean created = live.article(article.id()).isEmpty();
        Optional<Article> previous = store.get(article.id(), splitter);
        store.put(article);
        try {
            live.put(article);
        } catch (RuntimeException e) {
            store.restore(article.id(), previous);
            throw e;
        }
        return created;
    }

    /**
     * Removes article {@code id} — added or from the corpus — from {@code live} and records it as
     * removed, so no rebuild brings it back.
     *
     * @return false when no article has that id
     */
    public synchronized boolean remove(SearchIndex live, String id) {
        if (live.article(id).isEmpty() && !store().contains(id)) {
            return false;
        }
        store().remove(id);
        live.remove(id);
        return true;
    }

    private AddedArticles store() {
        if (added == null) {
            throw new IllegalStateException("this index keeps no added articles: use the state directory's index");
        }
        return added;
    }

    private IndexReport build(String stamp, Consumer<String> progress) {
        long t0 = System.nanoTime();
        SearchIndex.Built built;
        IngestionReport ingested;
        try (ArticleStream articles = new ArticleStream(reader, corpus)) {
            built = builds.build(stamp, withAdded(articles), progress);
            ingested = articles.report();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new IndexReport(true, built.articles(), (int) built.passages(), ingested.furnitureLinesRemoved(),
                ingested.rejected().stream().map(r -> r.source() + ": " + r.reason()).toList(), millis);
    }

    /** The corpus without the removed articles, then the added ones: what every build indexes. */
    private Iterable<Article> withAdded(Iterable<Article> corpusArticles) {
        if (added == null) {
            return corpusArticles;
        }
        return () -> { // read when the build starts, after it has made sure its directory can be written
            Set<String> removed = added.removedIds();
            List<Article> extra = added.all(splitter);
            Set<String> replaced = new HashSet<>();
            extra.forEach(a -> replaced.add(a.id()));
            return Stream.concat(
                    StreamSupport.stream(corpusArticles.spliterator(), false)
                            .filter(a -> !removed.contains(a.id()) && !replaced.contains(a.id())),
                    extra.stream()).iterator();
        };
    }

    private String stamp() {
        String passages = splitter.minChars() + "/" + splitter.maxChars();
        return stemmer == IndexStemmer.LUCENE ? IndexStamp.of(CorpusReader.fingerprint(corpus), fileText(furniture), passages)
                : IndexStamp.of(CorpusReader.fingerprint(corpus), fileText(furniture), passages, stemmer.key());
    }

    private static String fileText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
