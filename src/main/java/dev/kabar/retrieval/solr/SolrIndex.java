package dev.kabar.retrieval.solr;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.retrieval.SearchIndex;
import dev.kabar.retrieval.SourceFilter;
import dev.kabar.retrieval.lucene.RemoteDocuments;
import dev.kabar.retrieval.lucene.RemoteRanking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * kabar's passages and articles in a SolrCloud collection: the same searches, look-ups and changes
 * as the embedded index. Solr runs the first ranking stage over the whole collection (BM25 with
 * global statistics, see the configset); kabar runs the later stages over its best candidates
 * ({@link RemoteRanking}). Thread-safe.
 */
public final class SolrIndex implements SearchIndex, SearchIndex.Builds {

    /** Upper bound on {@code limit}, as the embedded index's. */
    static final int MAX_LIMIT = 1_000;

    /** The id of the document that holds the collection's stamp (see {@link SolrBuilds}). */
    static final String STAMP_ID = "_kabar_stamp";
    private static final String HIT_FIELDS = String.join(",", RemoteDocuments.ID, RemoteDocuments.ARTICLE_ID,
            RemoteDocuments.ORDINAL, "start", "end", RemoteDocuments.STORED_TEXT, "meta_title", "meta_outlet",
            "meta_byline", "meta_published", "meta_url", "meta_language");

    private final SolrNodes nodes;
    private final SolrCluster.Settings settings;
    /** Whether {@link #collection} is an alias of the serving generation (else the collection itself). */
    private final boolean aliased;
    private final String collection;
    private final RemoteRanking ranking;
    private final RemoteDocuments documents;
    private final SolrStatistics statistics;
    private final SolrBuilds builds;

    SolrIndex(SolrNodes nodes, SolrCluster.Settings settings, boolean aliased, RemoteRanking ranking, RemoteDocuments documents) {
        this.nodes = nodes;
        this.settings = settings;
        this.aliased = aliased;
        this.collection = settings.collection();
        this.ranking = ranking;
        this.documents = documents;
        this.statistics = new SolrStatistics(nodes, collection);
        this.builds = new SolrBuilds(nodes, settings, aliased, documents);
    }

    @Override
    public List<Hit> search(String text, int limit) {
        return search(text, limit, SourceFilter.NONE);
    }

    @Override
    public List<Hit> search(String text, int limit, SourceFilter filter) {
        if (limit <= 0) {
            return List.of();
        }
        return ranked(ranking.plan(text, statistics::termCounts), Math.min(limit, MAX_LIMIT), filter);
    }

    @Override
    public PassageRetriever plain() {
        return (text, limit) -> limit <= 0 ? List.of() : ranked(ranking.plain(text), Math.min(limit, MAX_LIMIT), SourceFilter.NONE);
    }

    private List<Hit> ranked(RemoteRanking.Plan plan, int n, SourceFilter filter) {
        if (plan.matchesNothing()) {
            return List.of();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", plan.query());
        plan.params().forEach(p::set);
        SolrFilters.of(filter).forEach(fq -> p.add("fq", fq));
        p.set("rows", plan.window(n));
        p.set("fl", HIT_FIELDS + ",score");
        SolrDocumentList found = query(p).getResults();
        List<RemoteRanking.Candidate> candidates = new ArrayList<>(found.size());
        for (SolrDocument d : found) {
            candidates.add(new RemoteRanking.Candidate(Objects.toString(d.getFirstValue(RemoteDocuments.STORED_TEXT), ""),
                    ((Number) d.getFirstValue("score")).floatValue()));
        }
        List<Hit> out = new ArrayList<>();
        for (RemoteRanking.Ranked r : plan.rank(candidates, statistics.collection(), n)) {
            SolrDocument d = found.get(r.candidate());
            out.add(new Hit(RemoteDocuments.passage(d::getFieldValue), RemoteDocuments.meta(d::getFieldValue), r.score()));
        }
        return out;
    }

    @Override
    public List<ArticleSummary> articles() {
        List<ArticleSummary> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", field(RemoteDocuments.TYPE, RemoteDocuments.ARTICLE));
            p.set("fl", HIT_FIELDS + ",passage_count");
            p.set("rows", 1_000);
            p.set("sort", RemoteDocuments.ID + " asc");
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(p);
            for (SolrDocument d : r.getResults()) {
                out.add(new ArticleSummary(RemoteDocuments.meta(d::getFieldValue), RemoteDocuments.passageCount(d::getFieldValue)));
            }
            if (cursor.equals(r.getNextCursorMark()) || r.getResults().isEmpty()) {
                break;
            }
            cursor = r.getNextCursorMark();
        }
        out.sort(Comparator.comparing(a -> a.meta().id()));
        return out;
    }

    @Override
    public Optional<Article> article(String id) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", field(RemoteDocuments.ARTICLE_ID, id));
        p.set("fl", HIT_FIELDS + ",passage_count,article_text," + RemoteDocuments.TYPE);
        p.set("rows", 100_000);
        SolrDocument articleDoc = null;
        List<Passage> passages = new ArrayList<>();
        for (SolrDocument d : query(p).getResults()) {
            if (d.getFieldValue(RemoteDocuments.ORDINAL) == null) {
                articleDoc = d;
            } else {
                passages.add(RemoteDocuments.passage(d::getFieldValue));
            }
        }
        if (articleDoc == null) {
            return Optional.empty();
        }
        passages.sort(Comparator.comparingInt(Passage::ordinal));
        ArticleMeta meta = RemoteDocuments.meta(articleDoc::getFieldValue);
        return Optional.of(new Article(meta, RemoteDocuments.articleText(articleDoc::getFieldValue, passages), passages));
    }

    @Override
    public Optional<Hit> passage(String passageId) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", field(RemoteDocuments.ID, passageId));
        p.add("fq", field(RemoteDocuments.TYPE, RemoteDocuments.PASSAGE));
        p.set("fl", HIT_FIELDS);
        p.set("rows", 1);
        SolrDocumentList found = query(p).getResults();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SolrDocument d = found.get(0);
        return Optional.of(new Hit(RemoteDocuments.passage(d::getFieldValue), RemoteDocuments.meta(d::getFieldValue), 0));
    }

    @Override
    public long version() {
        return statistics.version();
    }

    /** The sizes CoreAdmin {@code STATUS} gives for this collection's cores, summed over every node and replica. */
    @Override
    public OptionalLong bytesOnDisk() {
        Set<String> serving = aliased
                ? Set.of(SolrCluster.aliases(nodes).getOrDefault(collection, collection).split(",")) : Set.of(collection);
        return OptionalLong.of(CoreSizes.bytes(nodes, serving));
    }

    @Override
    public int passageCount() {
        return (int) statistics.collection().passages();
    }

    /**
     * Replaces the article's documents in one update: the new ones added (each replacing the one
     * with its id), and those the article no longer has (a replacement cut into fewer passages)
     * deleted by id. Not a delete by query of the whole article before the adds: Solr applies an
     * update's adds before its deletes, so that would delete the documents just added.
     */
    @Override
    public void put(Article article) {
        UpdateRequest u = new UpdateRequest();
        Set<String> ids = new HashSet<>();
        for (Map<String, List<Object>> d : documents.of(article)) {
            ids.add(String.valueOf(d.get(RemoteDocuments.ID).getFirst()));
            u.add(SolrBuilds.input(d));
        }
        List<String> stale = ids(article.id()).stream().filter(id -> !ids.contains(id)).toList();
        if (!stale.isEmpty()) {
            u.deleteById(stale);
        }
        u.setAction(UpdateRequest.ACTION.COMMIT, true, true, true);
        nodes.call(u, collection);
        statistics.changed();
    }

    /** The ids of the documents article {@code id} has in the collection now. */
    private List<String> ids(String id) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", field(RemoteDocuments.ARTICLE_ID, id));
        p.set("fl", RemoteDocuments.ID);
        p.set("rows", 100_000);
        List<String> out = new ArrayList<>();
        query(p).getResults().forEach(d -> out.add(String.valueOf(d.getFirstValue(RemoteDocuments.ID))));
        return out;
    }

    @Override
    public boolean remove(String id) {
        boolean existed = article(id).isPresent();
        UpdateRequest u = new UpdateRequest();
        u.deleteByQuery(field(RemoteDocuments.ARTICLE_ID, id));
        u.setAction(UpdateRequest.ACTION.COMMIT, true, true, true);
        nodes.call(u, collection);
        statistics.changed();
        return existed;
    }

    /** A build switches the alias (or fills the collection) itself: nothing is left to switch to. */
    @Override
    public void reopen() {
        statistics.changed();
    }

    @Override
    public boolean isCurrent(String stamp) {
        return builds.isCurrent(stamp);
    }

    @Override
    public Built build(String stamp, Iterable<Article> articles, Consumer<String> progress) {
        Built built = builds.build(stamp, articles, progress);
        statistics.changed();
        return built;
    }

    private QueryResponse query(ModifiableSolrParams p) {
        return nodes.call(new QueryRequest(p, SolrRequest.METHOD.POST), collection);
    }

    /** {@code field:"value"}, the value quoted so that no character of it is read as syntax. */
    static String field(String field, String value) {
        return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        nodes.close();
    }

    /** For tests: the collection's figures this index ranks with. */
    SolrStatistics statistics() {
        return statistics;
    }

    /** For tests and tools: the nodes this index talks to. */
    List<String> urls() {
        return nodes.urls();
    }
}
