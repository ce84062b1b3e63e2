package dev.kabar.retrieval.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The coverage stage of ranking: how much of the question a passage holds, each part weighted by
 * its rarity. BM25 lets a passage repeating one word outscore one holding every word; the passage
 * that answers a question usually holds most of its rare words.
 */
final class Coverage {

    /**
     * One part of a question: a content word, or an alias group that any of its variants meets.
     *
     * @param query matches the passages holding the part
     * @param stems the question's stemmed words for it, whose rarest sets its weight
     * @param standIns {@link Associations} of the part: a passage lacking it but holding one of
     *     these earns the stand-in's strength times the part's weight
     */
    record Unit(Query query, List<String> stems, List<Associations.StandIn> standIns) {
        Unit {
            stems = List.copyOf(stems);
            standIns = List.copyOf(standIns);
        }

        Unit(Query query, List<String> stems) {
            this(query, stems, List.of());
        }
    }

    private Coverage() {}

    /**
     * A query scoring a passage by the IDF-weighted share of {@code units} it holds, times
     * {@code scale}: one holding every part scores {@code scale}. Parts no passage holds weigh
     * nothing (they cannot tell passages apart).
     */
    static Query of(List<Unit> units, CorpusStats stats, float scale) throws IOException {
        int n = Math.max(1, stats.numDocs());
        List<Double> idfs = new ArrayList<>();
        double sum = 0;
        for (Unit unit : units) {
            double idf = 0;
            for (String stem : unit.stems()) {
                int df = stats.docFreq(Fields.TEXT, stem);
                idf = df == 0 ? idf : Math.max(idf, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
            }
            idfs.add(idf);
            sum += idf;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < units.size(); i++) {
            if (idfs.get(i) > 0) {
                float boost = (float) (scale * idfs.get(i) / sum);
                q.add(part(units.get(i), boost), Occur.SHOULD);
            }
        }
        return q.build();
    }

    private static Query part(Unit unit, float boost) {
        Query held = new BoostQuery(new ConstantScoreQuery(unit.query()), boost);
        if (unit.standIns().isEmpty()) {
            return held;
        }
        List<Query> any = new ArrayList<>(List.of(held));
        for (Associations.StandIn s : unit.standIns()) {
            Query term = new TermQuery(new Term(Fields.TEXT, s.stem()));
            any.add(new BoostQuery(new ConstantScoreQuery(term), boost * s.strength()));
        }
        return new DisjunctionMaxQuery(any, 0);
    }
}
