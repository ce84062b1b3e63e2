package dev.kabar.retrieval.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** The stages of ranking after the first ({@link QueryBuilder.Ranking}), on an embedded index or over a remote engine's candidates. */
final class Rescoring {

    private Rescoring() {}

    /** The best {@code n} passages: first stage, then proximity and coverage re-scoring of a wider window. */
    static ScoreDoc[] ranked(IndexSearcher s, Query match, QueryBuilder.Ranking ranking, int n) throws IOException {
        if (ranking.proximity() == null && ranking.coverage().isEmpty()) {
            return s.search(match, n).scoreDocs;
        }
        TopDocs found = s.search(match, Math.max(n, QueryBuilder.RESCORE_WINDOW));
        return rescored(s, found, ranking, CorpusStats.of(s.getIndexReader()), n);
    }

    /**
     * The later stages over first-stage candidates {@code found}: proximity, then coverage, each
     * adding its score; the best {@code n}. Shared with {@link RemoteRanking}, which runs them over
     * a remote engine's candidates with the whole collection's {@code stats}.
     */
    static ScoreDoc[] rescored(IndexSearcher s, TopDocs found, QueryBuilder.Ranking ranking, CorpusStats stats, int n)
            throws IOException {
        int window = Math.max(n, found.scoreDocs.length);
        if (ranking.proximity() != null) {
            found = QueryRescorer.rescore(s, found, ranking.proximity(), 1.0, window);
        }
        if (found.scoreDocs.length > 1 && !ranking.coverage().isEmpty()) {
            float scale = QueryBuilder.COVERAGE_WEIGHT * found.scoreDocs[0].score;
            found = QueryRescorer.rescore(s, found, Coverage.of(ranking.coverage(), stats, scale),
                    1.0, window);
        }
        return Arrays.copyOf(found.scoreDocs, Math.min(n, found.scoreDocs.length));
    }
}
