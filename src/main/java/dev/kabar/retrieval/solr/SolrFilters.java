package dev.kabar.retrieval.solr;

import dev.kabar.retrieval.SourceFilter;
import dev.kabar.retrieval.lucene.RemoteDocuments;
import java.util.ArrayList;
import java.util.List;

/** A {@link SourceFilter} as Solr filter queries over the source fields, as the embedded index filters. */
final class SolrFilters {

    private SolrFilters() {}

    static List<String> of(SourceFilter filter) {
        List<String> fq = new ArrayList<>();
        if (filter.isNone()) {
            return fq;
        }
        if (!filter.outletKey().isEmpty()) {
            fq.add(SolrIndex.field(RemoteDocuments.OUTLET, filter.outletKey()));
        }
        if (!filter.authorKey().isEmpty()) {
            fq.add(SolrIndex.field(RemoteDocuments.AUTHOR, filter.authorKey()));
        }
        if (filter.day() != null && filter.year() > 0) {
            fq.add(RemoteDocuments.PUBLISHED_DAY + ":" + filter.day().atYear(filter.year()).toEpochDay());
        } else if (filter.day() != null) {
            fq.add(SolrIndex.field(RemoteDocuments.PUBLISHED_MONTH_DAY, RemoteDocuments.monthDay(filter.day())));
        }
        return fq;
    }
}
