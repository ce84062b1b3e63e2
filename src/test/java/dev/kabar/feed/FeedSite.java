package dev.kabar.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A news site on loopback for the feed tests: serves the feed fixtures and article pages it is given,
 * answers a conditional GET with 304 when the body is unchanged (its ETag is the body's hash), and
 * records every request, so tests can see what was fetched and how often. Anything not given is a 404.
 */
public final class FeedSite implements AutoCloseable {

    private record Route(int status, String type, byte[] body, String location) {}

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "feed-site"));
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public FeedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI url(String path) {
        return URI.create(base() + path);
    }

    /** Serves {@code body} at {@code path} with this content type (replacing what was there). */
    public FeedSite serve(String path, String type, String body) {
        routes.put(path, new Route(200, type, body.getBytes(StandardCharsets.UTF_8), ""));
        return this;
    }

    /** Serves a feed fixture at {@code path}, its {@code {{base}}} this site's address. */
    public FeedSite fixture(String path, String fixture, String type) {
        return serve(path, type, FeedFixtures.text(fixture, base()));
    }

    /** Answers {@code path} with a status and no body (a redirect to {@code location} when one is given). */
    public FeedSite status(String path, int status, String location) {
        routes.put(path, new Route(status, "text/html", new byte[0], location));
        return this;
    }

    public FeedSite gone(String path) {
        routes.remove(path);
        return this;
    }

    /** Serves an article page at {@code path}: a headline, a dateline and paragraphs, shaped like an outlet's. */
    public FeedSite article(String path, String title, String outlet, String date, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return serve(path, "text/html; charset=utf-8", """
                <!doctype html><html lang="id"><head><meta charset="utf-8"><title>%1$s - %2$s</title>
                <link rel="canonical" href="%3$s"><meta property="og:site_name" content="%2$s">
                <meta property="og:title" content="%1$s"><meta property="article:published_time" content="%4$sT09:30:00+07:00">
                </head><body><header><nav><a href="/">Beranda</a></nav></header><main><article><h1>%1$s</h1>
                <div class="article-body">%5$s</div></article></main><footer>© %2$s</footer></body></html>
                """.formatted(title, outlet, url(path), date, body));
    }

    /** The paths requested so far, in order, with {@code " 304"} after those answered unchanged. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public long requestsOf(String path) {
        return requests.stream().filter(r -> r.equals(path) || r.equals(path + " 304")).count();
    }

    /**
     * Waits until {@code path} has been requested {@code count} times (304s included), woken by each
     * request rather than polling; false when {@code timeout} passes first.
     */
    public synchronized boolean awaitRequests(String path, long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requestsOf(path) < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private synchronized void requested(String entry) {
        requests.add(entry);
        notifyAll();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        Route r = routes.getOrDefault(path, new Route(404, "text/html", "<html><body>tidak ada</body></html>"
                .getBytes(StandardCharsets.UTF_8), ""));
        String etag = "\"" + Integer.toHexString(Arrays.hashCode(r.body())) + "\"";
        if (r.status() == 200 && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            requested(path + " 304");
            ex.getResponseHeaders().add("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        requested(path);
        ex.getResponseHeaders().add("Content-Type", r.type());
        if (r.status() == 200) {
            ex.getResponseHeaders().add("ETag", etag);
        }
        if (!r.location().isEmpty()) {
            ex.getResponseHeaders().add("Location", r.location());
        }
        ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(r.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
