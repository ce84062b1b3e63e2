package dev.kabar.retrieval.lucene;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.lucene.QuestionWords.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * kabar's ranking for a remote engine that holds the passages (a SolrCloud collection): the engine
 * runs the first stage — {@link #plan}'s {@link Plan#query query}, written in the classic syntax over
 * the fields of {@link RemoteDocuments}, scored by BM25 with the whole collection's statistics — and
 * returns its best {@link Plan#window} candidates with their scores; {@link Plan#rank} then runs the
 * later stages (proximity, coverage) over them here, exactly as the embedded index does, with the
 * collection's statistics instead of the window's. The same question over the same passages thus
 * ranks the same way on both.
 */
public final class RemoteRanking {

    /** Collection-wide counts of terms, asked of the engine once per question. */
    public interface TermCounts {
        /** For each field, each of its terms' document frequency and total frequency, summed over the collection. */
        Map<String, Map<String, Count>> of(Map<String, Set<String>> terms);
    }

    /** A term's document frequency and total frequency in the collection. */
    public record Count(long docFreq, long totalFreq) {}

    /**
     * The collection's size: documents of both kinds, the documents that hold passage text, and
     * their terms in all (for the average passage length).
     */
    public record Collection(long documents, long passages, long passageTerms) {}

    /** A candidate of the first stage: its passage text and its score there. */
    public record Candidate(String text, float score) {}

    /** A candidate's place in the final order: its index among the candidates and its final score. */
    public record Ranked(int candidate, float score) {}

    private final Analyzer analyzer;
    private final QueryBuilder queries;

    public RemoteRanking(IndexStemmer stemmer, AliasTable aliases, Associations standIns) {
        this.analyzer = Analyzers.perField(stemmer);
        this.queries = new QueryBuilder(analyzer, aliases, standIns);
    }

    /** The full ranking of {@code question}, with the collection's term counts asked of {@code counts} once. */
    public Plan plan(String question, TermCounts counts) {
        List<Word> words = QuestionWords.of(QueryText.clean(question), analyzer, QueryBuilder.MAX_WORDS);
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Word w : words) {
            wanted.computeIfAbsent(Fields.TEXT, k -> new LinkedHashSet<>()).add(w.stem());
            wanted.computeIfAbsent(Fields.EXACT, k -> new LinkedHashSet<>()).add(w.exact());
        }
        Map<String, Map<String, Count>> known = wanted.isEmpty() ? Map.of() : counts.of(wanted);
        Stats stats = new Stats(known);
        try {
            return new Plan(queries.build(question, stats), stats);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the stats are in memory: no I/O
        }
    }

    /** The evaluation baseline: BM25 over stemmed passage words, no later stage. */
    public Plan plain(String question) {
        return new Plan(new QueryBuilder.Ranking(queries.plain(question), null, List.of()), new Stats(Map.of()));
    }

    /** A question's ranking: the first stage for the engine, the later ones for {@link #rank}. */
    public final class Plan {
        private final QueryBuilder.Ranking ranking;
        private final Stats stats;
        private final QuerySyntax.Written written;
        /** Whether a later stage reads {@link Fields#EXACT} (an alias the stop list erases): else the window skips it. */
        private final boolean laterReadsExact;

        private Plan(QueryBuilder.Ranking ranking, Stats stats) {
            this.ranking = ranking;
            this.stats = stats;
            this.written = ranking.match() instanceof MatchNoDocsQuery ? null : QuerySyntax.write(ranking.match(), "kq");
            this.laterReadsExact = laterFields(ranking).contains(Fields.EXACT);
        }

        /** True when the question holds no word to search for: no engine request is needed. */
        public boolean matchesNothing() {
            return written == null;
        }

        /** The first stage's query, in the classic syntax. */
        public String query() {
            return written == null ? "" : written.query();
        }

        /** Request parameters the {@link #query} refers to. */
        public Map<String, String> params() {
            return written == null ? Map.of() : written.params();
        }

        /** How many first-stage candidates to fetch for the best {@code n}. */
        public int window(int n) {
            return later() ? Math.max(n, QueryBuilder.RESCORE_WINDOW) : n;
        }

        private boolean later() {
            return ranking.proximity() != null || !ranking.coverage().isEmpty();
        }

        /**
         * The best {@code n} of {@code candidates} (the engine's, best first) after the later
         * stages, scored with {@code collection}'s figures.
         */
        public List<Ranked> rank(List<Candidate> candidates, Collection collection, int n) {
            if (candidates.isEmpty()) {
                return List.of();
            }
            if (!later() || candidates.size() <= 1 && ranking.proximity() == null) {
                List<Ranked> out = new ArrayList<>();
                for (int i = 0; i < Math.min(n, candidates.size()); i++) {
                    out.add(new Ranked(i, candidates.get(i).score()));
                }
                return out;
            }
            try {
                return rescore(candidates, collection, n);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot re-rank in memory", e); // an in-memory index does no I/O
            }
        }

        private List<Ranked> rescore(List<Candidate> candidates, Collection collection, int n) throws IOException {
            try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                    for (int i = 0; i < candidates.size(); i++) {
                        Document d = new Document();
                        d.add(new StoredField(CANDIDATE, i));
                        d.add(new TextField(Fields.TEXT, candidates.get(i).text(), Field.Store.NO));
                        if (laterReadsExact) {
                            d.add(new TextField(Fields.EXACT, candidates.get(i).text(), Field.Store.NO));
                        }
                        w.addDocument(d);
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    Stats whole = stats.with(collection);
                    IndexSearcher s = new WindowSearcher(reader, whole);
                    int[] candidateOf = new int[reader.maxDoc()];
                    ScoreDoc[] first = new ScoreDoc[reader.maxDoc()];
                    for (int doc = 0; doc < reader.maxDoc(); doc++) {
                        int i = s.storedFields().document(doc).getField(CANDIDATE).numericValue().intValue();
                        candidateOf[doc] = i;
                        first[i] = new ScoreDoc(doc, candidates.get(i).score());
                    }
                    TopDocs found = new TopDocs(new TotalHits(first.length, TotalHits.Relation.EQUAL_TO), first);
                    List<Ranked> out = new ArrayList<>();
                    for (ScoreDoc sd : Rescoring.rescored(s, found, ranking, whole, n)) {
                        out.add(new Ranked(candidateOf[sd.doc], sd.score));
                    }
                    return out;
                }
            }
        }
    }

    private static final String CANDIDATE = "candidate";

    /** The fields the later stages' queries read. */
    private static Set<String> laterFields(QueryBuilder.Ranking ranking) {
        Set<String> fields = new HashSet<>();
        QueryVisitor visitor = new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    fields.add(t.field());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        };
        if (ranking.proximity() != null) {
            ranking.proximity().visit(visitor);
        }
        ranking.coverage().forEach(u -> u.query().visit(visitor));
        return fields;
    }

    /** The collection's figures as far as known: the question's term counts, then its size. */
    private static final class Stats implements CorpusStats {
        private final Map<String, Map<String, Count>> counts;
        private final Collection collection;

        Stats(Map<String, Map<String, Count>> counts) {
            this(counts, null);
        }

        private Stats(Map<String, Map<String, Count>> counts, Collection collection) {
            this.counts = counts;
            this.collection = collection;
        }

        Stats with(Collection c) {
            return new Stats(counts, c);
        }

        Count count(String field, String term) {
            return counts.getOrDefault(field, Map.of()).get(term);
        }

        @Override
        public int docFreq(String field, String term) {
            Count c = count(field, term);
            return c == null ? 0 : (int) Math.min(Integer.MAX_VALUE, c.docFreq());
        }

        @Override
        public int numDocs() {
            return collection == null ? 0 : (int) Math.min(Integer.MAX_VALUE, collection.documents());
        }
    }

    /** A searcher over the window whose scores use the whole collection's statistics for passage text. */
    private static final class WindowSearcher extends IndexSearcher {
        private final Stats stats;

        WindowSearcher(DirectoryReader reader, Stats stats) {
            super(reader);
            this.stats = stats;
        }

        @Override
        public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
            Count c = stats.count(term.field(), term.text());
            if (c == null || c.docFreq() < docFreq || c.totalFreq() < c.docFreq()) {
                return super.termStatistics(term, docFreq, totalTermFreq);
            }
            return new TermStatistics(term.bytes(), c.docFreq(), c.totalFreq());
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) throws IOException {
            Collection c = stats.collection;
            CollectionStatistics local = super.collectionStatistics(field);
            if (!Fields.TEXT.equals(field) || c == null || local == null || c.passages() < local.docCount()) {
                return local;
            }
            long docCount = c.passages();
            long terms = Math.max(c.passageTerms(), docCount);
            return new CollectionStatistics(field, Math.max(c.documents(), docCount), docCount, terms, terms);
        }
    }
}
