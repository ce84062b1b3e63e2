package dev.kabar.retrieval.solr;

import dev.kabar.retrieval.IndexException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.SolrResponseBase;
import org.apache.solr.common.SolrException;

/**
 * The cluster's nodes, reached by URL over the JDK's HTTP client, each request tried on one node
 * after another until one answers: any SolrCloud node routes a query or an update to the shards
 * that hold it, so a stopped node costs a retry, not an answer. Requests go round the nodes in
 * turn, spreading the load. A server error (5xx: a shard between replicas while the cluster notices
 * a node gone) is retried on the next node for up to {@link #RETRY_FOR_MILLIS}; a refused request
 * (4xx) is not retried.
 */
final class SolrNodes implements AutoCloseable {

    static final long RETRY_FOR_MILLIS = 15_000;
    private static final long PAUSE_MILLIS = 250;

    private final List<String> urls;
    private final List<HttpJdkSolrClient> clients = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    SolrNodes(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr node URL");
        }
        this.urls = List.copyOf(urls);
        for (String url : this.urls) {
            clients.add(new HttpJdkSolrClient.Builder(url)
                    .withConnectionTimeout(3, TimeUnit.SECONDS)
                    .withRequestTimeout(60, TimeUnit.SECONDS)
                    .build());
        }
    }

    List<String> urls() {
        return urls;
    }

    /** {@code request} to the node at {@code url} alone (a node's own cores); no other node is tried. */
    <T extends SolrResponseBase> T on(String url, SolrRequest<T> request) {
        try {
            return request.process(clients.get(urls.indexOf(url)), null);
        } catch (SolrException e) {
            throw e.code() >= 400 && e.code() < 500 ? refused(e) : unreachable(e);
        } catch (SolrServerException | IOException e) {
            throw unreachable(e);
        }
    }

    /** {@code request} on {@code collection} (null for cluster-wide requests), answered by the first node that can. */
    <T extends SolrResponseBase> T call(SolrRequest<T> request, String collection) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RETRY_FOR_MILLIS);
        Exception last = null;
        boolean anyAnswered = false;
        while (true) {
            int start = Math.floorMod(next.getAndIncrement(), clients.size());
            for (int k = 0; k < clients.size(); k++) {
                HttpJdkSolrClient client = clients.get((start + k) % clients.size());
                try {
                    return request.process(client, collection);
                } catch (SolrException e) {
                    if (e.code() >= 400 && e.code() < 500) {
                        throw refused(e);
                    }
                    anyAnswered = true;
                    last = e;
                } catch (SolrServerException | IOException e) {
                    last = e;
                }
            }
            // every node failed once: a cluster with no node up is down (say so now); else wait out the change
            if (!anyAnswered || System.nanoTime() > deadline) {
                throw unreachable(last);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while waiting for Solr", e);
        }
    }

    private IndexException unreachable(Exception e) {
        return new IndexException("Solr is not answering at " + String.join(", ", hosts()) + " (" + reason(e)
                + "): start the cluster or fix solr.urls (KABAR_SOLR_URLS)", e);
    }

    private static IndexException refused(SolrException e) {
        return new IndexException("Solr refused a request (" + e.code() + ": " + firstLine(e.getMessage()) + ")", e);
    }

    private List<String> hosts() {
        return urls.stream().map(u -> {
            URI uri = URI.create(u);
            return uri.getHost() == null ? u : uri.getHost() + ":" + uri.getPort();
        }).toList();
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return firstLine(m == null || m.isBlank() ? root.getClass().getSimpleName() : m);
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "no message";
        }
        String line = m.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() {
        for (HttpJdkSolrClient c : clients) {
            try {
                c.close();
            } catch (IOException e) {
                // closing an HTTP client releases memory only; nothing is lost
            }
        }
    }
}
