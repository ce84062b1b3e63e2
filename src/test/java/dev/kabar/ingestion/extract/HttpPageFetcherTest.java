package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK fetcher against a real HTTP server on loopback (allowed here as a private address). */
class HttpPageFetcherTest {

    private static final byte[] PAGE = "<html><body><p>Halo</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private static final byte[] FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpPageFetcher fetcher;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "fake-news-site"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", ex -> reply(ex, 200, "text/html; charset=ISO-8859-1", PAGE));
        server.createContext("/pdf", ex -> reply(ex, 200, "application/pdf", PAGE));
        server.createContext("/missing", ex -> reply(ex, 404, "text/html", PAGE));
        server.createContext("/huge", ex -> reply(ex, 200, "text/html", new byte[2048]));
        server.createContext("/gzip", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            reply(ex, 200, "text/html", gzip(PAGE));
        });
        server.createContext("/chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // no length: chunked
            try (OutputStream out = ex.getResponseBody()) {
                out.write(PAGE, 0, 10);
                out.flush();
                out.write(PAGE, 10, PAGE.length - 10);
            }
        });
        server.createContext("/feed.xml", ex -> {
            conditions.add(ex.getRequestHeaders().getFirst("If-None-Match") + " " + ex.getRequestHeaders().getFirst("If-Modified-Since"));
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            ex.getResponseHeaders().add("Last-Modified", "Sat, 06 Jul 2024 02:30:00 GMT");
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            reply(ex, same ? 304 : 200, "application/rss+xml", same ? new byte[0] : FEED);
        });
        server.createContext("/error", ex -> reply(ex, 503, "text/html", PAGE));
        server.createContext("/hop", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getQuery());
            ex.getResponseHeaders().add("Location", n == 0 ? "/page" : "/hop?" + (n - 1));
            reply(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/slow", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, "text/html", PAGE);
        });
        server.setExecutor(pool);
        server.start();
        fetcher = new HttpPageFetcher(new AddressPolicy(true), Duration.ofSeconds(1), 1024);
    }

    @AfterEach
    void stop() {
        release.countDown();
        fetcher.close();
        server.stop(0);
        pool.shutdownNow();
    }

    private void reply(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        }
        return out.toByteArray();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void should_fetch_an_html_page_with_its_declared_charset_and_a_kabar_user_agent() throws ExtractionException {
        WebPage page = fetcher.fetch(url("/page"));

        assertThat(page.body()).isEqualTo(PAGE);
        assertThat(page.declaredCharset()).isEqualTo("ISO-8859-1");
        assertThat(userAgents).singleElement().asString().startsWith("kabar/");
    }

    @Test
    void should_send_the_validators_of_the_last_fetch_and_report_an_unchanged_feed() throws ExtractionException {
        FetchedDocument first = fetcher.fetchDocument(url("/feed.xml"), "", "");
        FetchedDocument second = fetcher.fetchDocument(url("/feed.xml"), first.etag(), first.lastModified());

        assertThat(first.notModified()).isFalse();
        assertThat(first.body()).isEqualTo(FEED);
        assertThat(first.isHtml()).isFalse();
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(conditions).containsExactly("null null", "\"v1\" Sat, 06 Jul 2024 02:30:00 GMT");
    }

    @Test
    void should_fetch_a_page_as_a_document_and_name_a_missing_one_with_its_reason() throws ExtractionException {
        assertThat(fetcher.fetchDocument(url("/page"), "", "").isHtml()).isTrue();
        assertThatThrownBy(() -> fetcher.fetchDocument(url("/missing"), "", ""))
                .hasMessageStartingWith("404 Not Found from ");
        assertThatThrownBy(() -> fetcher.fetchDocument(url("/pdf"), "", ""))
                .hasMessageStartingWith("neither a feed nor a page (application/pdf)");
    }

    @Test
    void should_follow_five_redirects_and_report_the_final_url() throws ExtractionException {
        WebPage page = fetcher.fetch(url("/hop?4"));

        assertThat(page.url()).isEqualTo(url("/page"));
        assertThat(userAgents).hasSize(6);
    }

    @Test
    void should_refuse_a_sixth_redirect() {
        assertThatThrownBy(() -> fetcher.fetch(url("/hop?5"))).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("more than 5 redirects");
    }

    @Test
    void should_refuse_other_content_types_errors_and_pages_over_the_size_cap() {
        assertThatThrownBy(() -> fetcher.fetch(url("/pdf"))).hasMessageStartingWith("not an HTML page (application/pdf)");
        assertThatThrownBy(() -> fetcher.fetch(url("/missing"))).hasMessageStartingWith("404 from ");
        assertThatThrownBy(() -> fetcher.fetch(url("/huge"))).hasMessageStartingWith("page larger than 1 KB");
    }

    @Test
    void should_read_gzip_and_chunked_bodies() throws ExtractionException {
        assertThat(fetcher.fetch(url("/gzip")).body()).isEqualTo(PAGE);
        assertThat(fetcher.fetch(url("/chunked")).body()).isEqualTo(PAGE);
    }

    @Test
    void should_tell_a_site_error_from_a_missing_page_and_a_refused_connection() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher.fetch(url("/error"))).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.kind()).isEqualTo(ExtractionException.Kind.UNREACHABLE)).hasMessageStartingWith("503 from ");
        assertThatThrownBy(() -> fetcher.fetch(url("/missing"))).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.kind()).isEqualTo(ExtractionException.Kind.UNUSABLE));
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/")))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.kind()).isEqualTo(ExtractionException.Kind.UNREACHABLE))
                .hasMessageStartingWith("connection refused by 127.0.0.1");
    }

    @Test
    void should_give_up_after_the_time_out() {
        assertThatThrownBy(() -> fetcher.fetch(url("/slow"))).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("timed out");
    }

    @Test
    void should_refuse_loopback_without_contacting_it_when_private_addresses_are_not_allowed() {
        try (HttpPageFetcher strict = new HttpPageFetcher(AddressPolicy.PUBLIC_ONLY, Duration.ofSeconds(1), 1024)) {
            assertThatThrownBy(() -> strict.fetch(url("/page"))).hasMessageContaining("private or local address")
                    .hasMessageContaining("KABAR_FETCH_ALLOW_PRIVATE=true");
            assertThatThrownBy(() -> strict.fetch(URI.create("http://localhost:9/page")))
                    .hasMessageContaining("private or local address");
            for (String address : List.of("10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1", "169.254.169.254",
                    "[::1]", "[fd00::1]", "[fe80::1]", "0.0.0.0", "224.0.0.1", "[::ffff:127.0.0.1]",
                    "[64:ff9b::a00:1]", "[64:ff9b::7f00:1]", "[2002:a00:1::1]", "[::a9fe:a9fe]")) {
                assertThatThrownBy(() -> strict.fetch(URI.create("http://" + address + "/latest/meta-data/")))
                        .as(address).hasMessageContaining("private or local address");
            }
            assertThatThrownBy(() -> strict.fetch(URI.create("ftp://example.com/page")))
                    .hasMessageStartingWith("only http(s)");
        }
        assertThat(userAgents).isEmpty();
    }

    /** A hostile server on a raw socket: answers every connection with {@code response}, then closes. */
    private static ServerSocket rawServer(String response, ExecutorService pool) throws IOException {
        ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(() -> {
            while (!ss.isClosed()) {
                try (Socket s = ss.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    s.getOutputStream().write(response.getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException closed) {
                    return null;
                }
            }
            return null;
        });
        return ss;
    }

    @Test
    void should_refuse_hostile_responses_with_one_line_and_no_runtime_error() throws Exception {
        List<String> responses = List.of(
                "HTTP/1.1 100 Continue\r\n\r\n".repeat(10_000) + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\nx",
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nabc\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n",
                "HTTP/1.1 302 Found\r\nLocation: /a b\u0001c\r\n\r\n");
        ExecutorService hostile = Executors.newSingleThreadExecutor(r -> new Thread(r, "hostile-site"));
        try {
            for (String response : responses) {
                try (ServerSocket ss = rawServer(response, hostile)) {
                    URI u = URI.create("http://127.0.0.1:" + ss.getLocalPort() + "/page");
                    assertThatThrownBy(() -> fetcher.fetch(u)).as(response.substring(0, 30))
                            .isInstanceOf(ExtractionException.class);
                }
            }
        } finally {
            hostile.shutdownNow();
        }
    }

    @Test
    void should_give_up_on_a_tls_server_that_never_answers_the_handshake() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            pool.submit(() -> silent.accept()); // accepted, never a byte back
            URI u = URI.create("https://127.0.0.1:" + silent.getLocalPort() + "/page");
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch(u)).isInstanceOf(ExtractionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("bounded by the total time-out").isLessThan(Duration.ofSeconds(30));
        }
    }
}
