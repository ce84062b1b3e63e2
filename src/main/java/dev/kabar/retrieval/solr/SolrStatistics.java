package dev.kabar.retrieval.solr;

import dev.kabar.retrieval.lucene.RemoteDocuments;
import dev.kabar.retrieval.lucene.RemoteRanking;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The collection-wide figures kabar's later ranking stages need: term counts (from the terms
 * component, summed over the shards) per question, and the collection's size and passage length,
 * kept for {@link #TTL_MILLIS} or until this process changes the collection. Another process's
 * change shows within that time.
 */
final class SolrStatistics {

    static final long TTL_MILLIS = 2_000;

    private final SolrNodes nodes;
    private final String collection;
    private volatile Snapshot snapshot;

    private record Snapshot(RemoteRanking.Collection collection, long version, long takenNanos) {}

    SolrStatistics(SolrNodes nodes, String collection) {
        this.nodes = nodes;
        this.collection = collection;
    }

    Map<String, Map<String, RemoteRanking.Count>> termCounts(Map<String, Set<String>> terms) {
        Set<String> all = new LinkedHashSet<>();
        terms.values().forEach(all::addAll);
        all.removeIf(t -> t.indexOf(',') >= 0 || t.isEmpty()); // terms.list is comma-separated: such a term counts as unknown
        Map<String, Map<String, RemoteRanking.Count>> out = new HashMap<>();
        if (all.isEmpty()) {
            return out;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        terms.keySet().forEach(f -> p.add("terms.fl", f));
        p.set("terms.list", String.join(",", all));
        p.set("terms.ttf", true);
        QueryRequest r = new QueryRequest(p, SolrRequest.METHOD.POST);
        r.setPath("/terms");
        TermsResponse response = nodes.call(r, collection).getTermsResponse();
        if (response == null) {
            return out;
        }
        for (String field : terms.keySet()) {
            List<TermsResponse.Term> counted = response.getTerms(field);
            if (counted == null) {
                continue;
            }
            Map<String, RemoteRanking.Count> byTerm = out.computeIfAbsent(field, f -> new HashMap<>());
            for (TermsResponse.Term t : counted) {
                if (t.getFrequency() > 0) {
                    byTerm.put(t.getTerm(), new RemoteRanking.Count(t.getFrequency(), Math.max(t.getFrequency(), t.getTotalTermFreq())));
                }
            }
        }
        return out;
    }

    RemoteRanking.Collection collection() {
        return current().collection();
    }

    /** Changes when the collection may have: its newest update's version and its size. */
    long version() {
        return current().version();
    }

    /** This process changed the collection: the next call asks again. */
    void changed() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.takenNanos() > TimeUnit.MILLISECONDS.toNanos(TTL_MILLIS)) {
            s = take();
            snapshot = s;
        }
        return s;
    }

    private Snapshot take() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.add("fq", "-" + SolrIndex.field(RemoteDocuments.ID, SolrIndex.STAMP_ID)); // kabar's mark, not a document of the corpus
        p.set("rows", 1);
        p.set("fl", "_version_");
        p.set("sort", "_version_ desc");
        p.set("json.facet", "{passages:{type:query,q:\"" + RemoteDocuments.TYPE + ":" + RemoteDocuments.PASSAGE
                + "\",facet:{terms:\"sum(" + RemoteDocuments.TEXT_LENGTH + ")\"}}}");
        QueryResponse r = nodes.call(new QueryRequest(p, SolrRequest.METHOD.POST), collection);
        long documents = r.getResults().getNumFound();
        long newest = r.getResults().isEmpty() ? 0 : ((Number) r.getResults().get(0).getFirstValue("_version_")).longValue();
        long passages = 0;
        long terms = 0;
        Object facets = r.getResponse().get("facets");
        if (facets instanceof NamedList<?> f && f.get("passages") instanceof NamedList<?> q) {
            passages = q.get("count") instanceof Number n ? n.longValue() : 0;
            terms = q.get("terms") instanceof Number n ? n.longValue() : 0;
        }
        long version = newest * 31 + documents;
        return new Snapshot(new RemoteRanking.Collection(documents, passages, terms), version, System.nanoTime());
    }
}
