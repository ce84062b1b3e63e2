package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.IndexException;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.retrieval.SourceFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * An open index generation: ranked passage search and article look-ups. Thread-safe; every call
 * works on a searcher borrowed from a {@link SearcherManager}. Obtain one from
 * {@link LuceneIndexes#open}; the caller owns it and closes it.
 */
public final class LuceneIndex implements PassageRetriever, ArticleStore, AutoCloseable {

    /** Upper bound on {@code limit}, so a careless caller cannot ask for a million hits. */
    static final int MAX_LIMIT = 1_000;

    private final Directory directory;
    /** Present when this process may write the generation: it holds the index's write lock until closed. */
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryBuilder queries;
    private final Path location;
    private final ReaderCache<FuzzyQuery, Query> expansions = new ReaderCache<>(4_096);
    private final ReaderCache<Integer, Hit> storedHits = new ReaderCache<>(16_384);

    LuceneIndex(Directory directory, Path location, AliasTable aliases, Associations standIns) throws IOException {
        this(directory, null, location, aliases, standIns);
    }

    /**
     * @param writer when not null, searches go through near-real-time readers of this writer, so a
     *     {@link #put} is visible as soon as it returns, without reopening the whole index
     */
    LuceneIndex(Directory directory, IndexWriter writer, Path location, AliasTable aliases, Associations standIns)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.location = location;
        this.searchers = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
        this.queries = new QueryBuilder(Analyzers.perField(IndexStemmer.of(directory)), aliases, standIns);
    }

    /** Whether {@link #put} and {@link #delete} may be called: this index holds the write lock. */
    boolean writable() {
        return writer != null;
    }

    /**
     * Adds {@code article}, replacing every document of an article with its id (its article document
     * and all its passages, in one atomic update), makes it visible to searches and commits it.
     */
    void put(Article article) {
        write(() -> writer.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), ArticleDocuments.of(article, writer.getAnalyzer())));
    }

    /** Deletes the article {@code id} and its passages; false when there was none. */
    boolean delete(String id) {
        boolean existed = withSearcher(s -> s.count(lookup(Fields.ARTICLE, Fields.ARTICLE_ID, id)) > 0);
        write(() -> writer.deleteDocuments(new Term(Fields.ARTICLE_ID, id)));
        return existed;
    }

    private interface Change {
        void apply() throws IOException;
    }

    /**
     * One change: visible to the next search through a near-real-time reopen (only the new segment
     * is read), then committed, so it survives a crash the moment the caller hears it is done. The
     * commit keeps the generation's stamp (commit user data carries over), so no rebuild follows.
     */
    private void write(Change change) {
        if (writer == null) {
            throw new IllegalStateException("index at " + location + " was opened read-only");
        }
        try {
            change.apply();
            searchers.maybeRefreshBlocking();
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("cannot write the index at " + location + " (" + e.getMessage()
                    + "): check free space and permissions", e);
        }
    }

    @Override
    public List<Hit> search(String text, int limit) {
        return search(text, limit, SourceFilter.NONE);
    }

    /** Filters while searching: the filter is a non-scoring clause of the first stage's query. */
    @Override
    public List<Hit> search(String text, int limit, SourceFilter filter) {
        return limit <= 0 ? List.of()
                : withSearcher(s -> hits(s, queries.build(text, s.getIndexReader()), limit, SourceQueries.of(filter)));
    }

    /** The evaluation baseline: plain BM25 on stemmed passage text; no aliases, phrases or boosts. */
    public PassageRetriever plain() {
        return (text, limit) ->
                limit <= 0 ? List.of() : withSearcher(s -> hits(s, new QueryBuilder.Ranking(queries.plain(text), null, List.of()), limit, null));
    }

    @Override
    public List<ArticleSummary> articles() {
        return withSearcher(s -> {
            Query all = new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE));
            List<ArticleSummary> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(all, Math.max(1, s.count(all))).scoreDocs) {
                Document doc = stored.document(sd.doc);
                out.add(new ArticleSummary(StoredDocuments.meta(doc), StoredDocuments.passageCount(doc)));
            }
            out.sort(Comparator.comparing(a -> a.meta().id()));
            return out;
        });
    }

    @Override
    public Optional<Article> article(String id) {
        return withSearcher(s -> {
            Optional<Document> doc = first(s, lookup(Fields.ARTICLE, Fields.ARTICLE_ID, id));
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            Query passages = lookup(Fields.PASSAGE, Fields.ARTICLE_ID, id);
            List<Passage> list = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(passages, Math.max(1, s.count(passages))).scoreDocs) {
                list.add(StoredDocuments.passage(stored.document(sd.doc)));
            }
            list.sort(Comparator.comparingInt(Passage::ordinal));
            ArticleMeta meta = StoredDocuments.meta(doc.get());
            return Optional.of(new Article(meta, StoredDocuments.articleText(doc.get(), list), list));
        });
    }

    @Override
    public Optional<Hit> passage(String passageId) {
        return withSearcher(s -> first(s, lookup(Fields.PASSAGE, Fields.ID, passageId))
                .map(doc -> new Hit(StoredDocuments.passage(doc), StoredDocuments.meta(doc), 0)));
    }

    /** Passages in the open generation. */
    public int passageCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.TYPE, Fields.PASSAGE))));
    }

    @Override
    public long version() {
        return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
    }

    /** Makes changes committed since opening (by {@link LuceneIndexes#update}) visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public void close() {
        try {
            IOUtils.close(searchers, writer, directory);
        } catch (IOException e) {
            throw new IndexException("cannot close index at " + location + ": " + e.getMessage(), e);
        }
    }

    /** @param filter a non-scoring restriction of the first stage, or {@code null} for none */
    private List<Hit> hits(IndexSearcher s, QueryBuilder.Ranking ranking, int limit, Query filter) throws IOException {
        int n = Math.min(limit, MAX_LIMIT);
        Query match = expandMisspellings(s, ranking.match());
        if (filter != null) {
            match = new BooleanQuery.Builder().add(match, Occur.MUST).add(filter, Occur.FILTER).build();
        }
        ScoreDoc[] top = Rescoring.ranked(s, match, ranking, n);
        List<Hit> out = new ArrayList<>(top.length);
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : top) {
            Hit hit = storedHits.get(s.getIndexReader(), sd.doc, doc -> {
                Document d = stored.document(doc);
                return new Hit(StoredDocuments.passage(d), StoredDocuments.meta(d), 0);
            });
            out.add(new Hit(hit.passage(), hit.article(), sd.score));
        }
        return out;
    }

    /**
     * The match query with each fuzzy clause (a misspelt word) replaced by its expansion into index
     * terms, remembered per reader: building the Levenshtein automata was a quarter of an answer's
     * time on a small corpus. The expansion is the one Lucene's own rewrite would produce, so scores
     * are unchanged.
     */
    private Query expandMisspellings(IndexSearcher s, Query match) throws IOException {
        if (!(match instanceof BooleanQuery bq) || bq.clauses().stream().noneMatch(c -> c.query() instanceof FuzzyQuery)) {
            return match;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) {
            Query q = c.query() instanceof FuzzyQuery f ? expansions.get(s.getIndexReader(), f, k -> k.rewrite(s)) : c.query();
            b.add(q, c.occur());
        }
        return b.build();
    }

    private static Query lookup(String type, String field, String value) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER)
                .add(new TermQuery(new Term(field, value == null ? "" : value)), Occur.FILTER)
                .build();
    }

    private static Optional<Document> first(IndexSearcher s, Query query) throws IOException {
        ScoreDoc[] top = s.search(query, 1).scoreDocs;
        return top.length == 0 ? Optional.empty() : Optional.of(s.storedFields().document(top[0].doc));
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private IndexException unreadable(IOException e) {
        return LuceneIndexes.unreadable(location, e);
    }
}
