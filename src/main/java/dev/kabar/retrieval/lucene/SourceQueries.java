package dev.kabar.retrieval.lucene;

import dev.kabar.retrieval.SourceFilter;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** A {@link SourceFilter} as a Lucene query over the source fields ({@link Fields#OUTLET}, {@link Fields#AUTHOR} and the dates). */
final class SourceQueries {

    private SourceQueries() {}

    /** The filter's query, or {@code null} when it lets everything through. */
    static Query of(SourceFilter filter) {
        if (filter.isNone()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (!filter.outletKey().isEmpty()) {
            b.add(new TermQuery(new Term(Fields.OUTLET, filter.outletKey())), Occur.FILTER);
        }
        if (!filter.authorKey().isEmpty()) {
            b.add(new TermQuery(new Term(Fields.AUTHOR, filter.authorKey())), Occur.FILTER);
        }
        if (filter.day() != null && filter.year() > 0) {
            b.add(LongPoint.newExactQuery(Fields.PUBLISHED_DAY, filter.day().atYear(filter.year()).toEpochDay()), Occur.FILTER);
        } else if (filter.day() != null) {
            b.add(new TermQuery(new Term(Fields.PUBLISHED_MONTH_DAY, ArticleDocuments.monthDay(filter.day()))), Occur.FILTER);
        }
        return b.build();
    }
}
