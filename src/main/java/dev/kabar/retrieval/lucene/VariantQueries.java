package dev.kabar.retrieval.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
// Lucene's analysing builder; within this file it shadows kabar's own QueryBuilder of this package.
import org.apache.lucene.util.QueryBuilder;

/**
 * One variant of an alias group as a query: its stemmed words as a phrase in
 * TEXT; when the Indonesian stop list erases the variant, all its words in EXACT (which has no
 * positions).
 */
final class VariantQueries {

    private final QueryBuilder analysed;
    private final int slop;

    VariantQueries(Analyzer analyzer, int slop) {
        this.analysed = new QueryBuilder(analyzer);
        this.slop = slop;
    }

    /** The variant's query, or null when analysis leaves nothing of it. */
    Query of(String variant) {
        Query q = analysed.createPhraseQuery(Fields.TEXT, variant, slop);
        return q != null ? q : analysed.createBooleanQuery(Fields.EXACT, variant, Occur.MUST);
    }
}
