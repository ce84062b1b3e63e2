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
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.SolrResponseBase;
import org.apache.solr.common.SolrException;

/**
 * The cluster's nodes, reached by URL over the JDK's HTTP client, each request tried on one node
 * after another until one answers: any SolrCloud node routes a query or an update to the shards
 * that hold it, so a stopped node costs a retry, not an answer. Requests go round the nodes in
 * turn, spreading the load. A server error (5xx: a shard between replicas while the cluster notices
 * a node gone), a timeout or a connection lost mid-request is retried on the next node for up to
 * {@link #RETRY_FOR_MILLIS}; a refused request (4xx) is not retried, and when every node refuses the
 * connection itself the cluster is down and that is said at once. A search waits at most
 * {@link #QUERY_TIMEOUT_SECONDS} for a node (a node stopped mid-request must not hold a question for
 * a minute); updates and cluster requests, which may take long, wait {@link #UPDATE_TIMEOUT_SECONDS}.
 */
final class SolrNodes implements AutoCloseable {

    static final long RETRY_FOR_MILLIS = 15_000;
    static final int QUERY_TIMEOUT_SECONDS = 10;
    static final int UPDATE_TIMEOUT_SECONDS = 120;
    private static final long PAUSE_MILLIS = 250;

    private final List<String> urls;
    private final List<HttpJdkSolrClient> clients = new ArrayList<>();
    /** The same nodes with the shorter timeout of searches. */
    private final List<HttpJdkSolrClient> searchClients = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    SolrNodes(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr node URL");
        }
        this.urls = List.copyOf(urls);
        for (String url : this.urls) {
            clients.add(client(url, UPDATE_TIMEOUT_SECONDS));
            searchClients.add(client(url, QUERY_TIMEOUT_SECONDS));
        }
    }

    private static HttpJdkSolrClient client(String url, int timeoutSeconds) {
        return new HttpJdkSolrClient.Builder(url)
                .withConnectionTimeout(3, TimeUnit.SECONDS)
                .withRequestTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .build();
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
        List<HttpJdkSolrClient> nodes = request instanceof QueryRequest ? searchClients : clients;
        Exception last = null;
        boolean firstPass = true;
        while (true) {
            boolean allRefused = true;
            int start = Math.floorMod(next.getAndIncrement(), nodes.size());
            for (int k = 0; k < nodes.size(); k++) {
                HttpJdkSolrClient client = nodes.get((start + k) % nodes.size());
                try {
                    return request.process(client, collection);
                } catch (SolrException e) {
                    if (e.code() >= 400 && e.code() < 500) {
                        throw refused(e);
                    }
                    allRefused = false;
                    last = e;
                } catch (SolrServerException | IOException e) {
                    allRefused &= connectionRefused(e);
                    last = e;
                }
            }
            // every node failed once: a cluster whose every node refuses connections is down (say so
            // now); else wait out the change
            if (firstPass && allRefused || System.nanoTime() > deadline) {
                throw unreachable(last);
            }
            firstPass = false;
            pause();
        }
    }

    /** Whether nothing listens at the node: the connection itself was refused. */
    private static boolean connectionRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
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
        for (HttpJdkSolrClient c : Stream.concat(clients.stream(), searchClients.stream()).toList()) {
            try {
                c.close();
            } catch (IOException e) {
                // closing an HTTP client releases memory only; nothing is lost
            }
        }
    }
}
