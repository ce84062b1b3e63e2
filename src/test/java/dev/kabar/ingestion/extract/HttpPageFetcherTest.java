package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK fetcher against a real HTTP server on loopback (allowed here as a private address). */
class HttpPageFetcherTest {

    private static final byte[] PAGE = "<html><body><p>Halo</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
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
        assertThatThrownBy(() -> fetcher.fetch(url("/missing"))).hasMessageStartingWith("HTTP 404");
        assertThatThrownBy(() -> fetcher.fetch(url("/huge"))).hasMessageStartingWith("page too large");
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
            assertThatThrownBy(() -> strict.fetch(URI.create("ftp://example.com/page")))
                    .hasMessageStartingWith("only http(s)");
        }
        assertThat(userAgents).isEmpty();
    }
}
