package dev.kabar.retrieval.solr;

import dev.kabar.article.Article;
import dev.kabar.retrieval.SearchIndex.Built;
import dev.kabar.retrieval.lucene.RemoteDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/** Whole builds of kabar's collection from a corpus, and the stamp that says which corpus it holds. */
final class SolrBuilds {

    /** Documents sent per update request while building. */
    static final int BATCH = 1_000;

    private static final String STAMP_TYPE = "stamp";

    private final SolrNodes nodes;
    private final SolrCluster.Settings settings;
    private final boolean aliased;
    private final String collection;
    private final RemoteDocuments documents;

    SolrBuilds(SolrNodes nodes, SolrCluster.Settings settings, boolean aliased, RemoteDocuments documents) {
        this.nodes = nodes;
        this.settings = settings;
        this.aliased = aliased;
        this.collection = settings.collection();
        this.documents = documents;
    }

    boolean isCurrent(String stamp) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrIndex.field(RemoteDocuments.ID, SolrIndex.STAMP_ID));
        p.set("fl", "meta_title");
        p.set("rows", 1);
        SolrDocumentList found = query(p).getResults();
        return !found.isEmpty() && stamp.equals(found.get(0).getFirstValue("meta_title"));
    }

    /**
     * Replaces the collection's documents with {@code articles}'. On an alias (the collections kabar
     * creates): fills a new generation, switches the alias to it — searches move from the old
     * documents to the new all at once — and deletes the old generation; a build that fails
     * deletes its generation and leaves the old one serving. On a plain collection: deletes its
     * documents and fills it again in place. Either way the documents go in batches of
     * {@value #BATCH}, and the stamp is written last, so a build cut short is not taken for a
     * current one.
     */
    Built build(String stamp, Iterable<Article> articles, Consumer<String> progress) {
        if (aliased && empty()) { // the generation made with the alias, never filled: fill it
            return fill(collection, stamp, articles, progress);
        }
        if (!aliased) {
            UpdateRequest clear = new UpdateRequest();
            clear.deleteByQuery("*:*");
            nodes.call(clear, collection);
            return fill(collection, stamp, articles, progress);
        }
        String previous = SolrCluster.aliases(nodes).getOrDefault(collection, "");
        String next = SolrCluster.generation(collection);
        SolrCluster.create(nodes, settings, next);
        Built built;
        try {
            built = fill(next, stamp, articles, progress);
        } catch (RuntimeException e) {
            SolrCluster.deleteQuietly(nodes, next);
            throw e;
        }
        nodes.call(CollectionAdminRequest.createAlias(collection, next), null);
                for (String old : previous.split(",")) {
            if (!old.isBlank() && !old.equals(next)) {
                SolrCluster.deleteQuietly(nodes, old.strip());
            }
        }
        return built;
    }

    private boolean empty() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        return query(p).getResults().getNumFound() == 0;
    }

    private Built fill(String target, String stamp, Iterable<Article> articles, Consumer<String> progress) {
        int articleCount = 0;
        long passages = 0;
        long started = System.nanoTime();
        long told = started;
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        for (Article a : articles) {
            for (Map<String, List<Object>> d : documents.of(a)) {
                batch.add(input(d));
            }
            articleCount++;
            passages += a.passages().size();
            if (batch.size() >= BATCH) {
                send(target, batch);
                if (System.nanoTime() - told > 10_000_000_000L) {
                    told = System.nanoTime();
                    progress.accept(String.format(Locale.ROOT, "%,d articles, %,d passages sent to Solr (%.0f passages/s)",
                            articleCount, passages, passages / ((told - started) / 1e9)));
                }
            }
        }
        SolrInputDocument mark = new SolrInputDocument();
        mark.addField(RemoteDocuments.ID, SolrIndex.STAMP_ID);
        mark.addField(RemoteDocuments.ARTICLE_ID, SolrIndex.STAMP_ID);
        mark.addField(RemoteDocuments.TYPE, STAMP_TYPE);
        mark.addField("meta_title", stamp);
        batch.add(mark);
        send(target, batch);
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(UpdateRequest.ACTION.COMMIT, true, true, false);
        nodes.call(commit, target);
                return new Built(articleCount, passages);
    }

    private void send(String target, List<SolrInputDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        UpdateRequest u = new UpdateRequest();
        u.add(batch);
        nodes.call(u, target);
        batch.clear();
    }

    static SolrInputDocument input(Map<String, List<Object>> fields) {
        SolrInputDocument d = new SolrInputDocument();
        fields.forEach((name, values) -> values.forEach(v -> d.addField(name, v)));
        return d;
    }

    private QueryResponse query(ModifiableSolrParams p) {
        return nodes.call(new QueryRequest(p, SolrRequest.METHOD.POST), collection);
    }
}
