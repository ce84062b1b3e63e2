package dev.kabar.retrieval.solr;

import dev.kabar.retrieval.lucene.RemoteDocuments;
import dev.kabar.retrieval.lucene.RemoteRanking;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * kept for {@link #TTL_MILLIS} or until this process changes the collection (term counts as long
 * as the collection's version stays the same). Another process's change shows within that time.
 */
final class SolrStatistics {

    static final long TTL_MILLIS = 2_000;
    /** Term counts remembered at most; past it they are dropped and asked for again. */
    static final int MAX_KNOWN = 200_000;
    private static final RemoteRanking.Count ABSENT = new RemoteRanking.Count(0, 0);

    private final SolrNodes nodes;
    private final String collection;
    private volatile Snapshot snapshot;

    private volatile Known known = new Known(Long.MIN_VALUE, new ConcurrentHashMap<>());

    private record Snapshot(RemoteRanking.Collection collection, long version, long takenNanos) {}

    /** Term counts of one version of the collection; a newer version starts an empty one. */
    private record Known(long version, Map<String, RemoteRanking.Count> counts) {}

    SolrStatistics(SolrNodes nodes, String collection) {
        this.nodes = nodes;
        this.collection = collection;
    }

    /**
     * The collection-wide counts of {@code terms}, per field. Counts already asked for since the
     * collection last changed ({@link #version}) are answered from memory, so a question costs a
     * {@code /terms} request only for words not seen since; a term the collection lacks is
     * remembered as such.
     */
    Map<String, Map<String, RemoteRanking.Count>> termCounts(Map<String, Set<String>> terms) {
        Known known = known();
        Map<String, Map<String, RemoteRanking.Count>> out = new HashMap<>();
        Map<String, Set<String>> missing = new HashMap<>();
        terms.forEach((field, ts) -> ts.forEach(t -> {
            RemoteRanking.Count c = known.counts().get(key(field, t));
            if (c == null) {
                missing.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(t);
            } else if (c != ABSENT) {
                out.computeIfAbsent(field, f -> new HashMap<>()).put(t, c);
            }
        }));
        if (missing.isEmpty()) {
            return out;
        }
        Map<String, Map<String, RemoteRanking.Count>> asked = ask(missing);
        if (known.counts().size() > MAX_KNOWN) {
            known.counts().clear(); // a bound, not an eviction policy: refilled from the next questions
        }
        missing.forEach((field, ts) -> ts.forEach(t -> {
            RemoteRanking.Count c = asked.getOrDefault(field, Map.of()).get(t);
            known.counts().put(key(field, t), c == null ? ABSENT : c);
            if (c != null) {
                out.computeIfAbsent(field, f -> new HashMap<>()).put(t, c);
            }
        }));
        return out;
    }

    private Known known() {
        long v = version();
        Known k = known;
        if (k.version() != v) {
            k = new Known(v, new ConcurrentHashMap<>());
            known = k; // a request still filling the old one fills a map no one reads
        }
        return k;
    }

    private static String key(String field, String term) {
        return field + '\u0000' + term;
    }

    private Map<String, Map<String, RemoteRanking.Count>> ask(Map<String, Set<String>> terms) {
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
