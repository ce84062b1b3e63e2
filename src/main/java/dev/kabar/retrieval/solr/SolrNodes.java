package dev.kabar.retrieval.solr;

import dev.kabar.retrieval.IndexException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
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

    /**
     * Why a request failed, for a person: the deepest message among the causes. The JDK's HTTP
     * client gives none for a refused connection or a timeout (a {@code ConnectException} without
     * a message, over a {@code ClosedChannelException}), so those are named here.
     */
    static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException && (t.getMessage() == null || t.getMessage().isBlank())) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer in time";
            }
            if (t instanceof ClosedChannelException && message == null) {
                return "connection closed";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? "no answer" : firstLine(message);
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
