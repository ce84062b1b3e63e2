package dev.kabar.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.chat.Library;
import dev.kabar.chat.Webhooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The webhook route over real HTTP: bounded by concurrency, not by the per-address rate limit. */
class HookRouteTest {

    @TempDir
    static Path index;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final CountDownLatch release = new CountDownLatch(1);
    private static final Semaphore entered = new Semaphore(0);

    private static Library library;
    private static WebServer server;

    /** A hook that holds every delivery until the test releases it. */
    private static final Webhooks.Hook HOLDING = new Webhooks.Hook() {
        @Override
        public boolean authorized(UnaryOperator<String> header) {
            return "s3cret".equals(header.apply("X-Secret"));
        }

        @Override
        public int handle(byte[] body) {
            entered.release();
            try {
                return release.await(30, TimeUnit.SECONDS) ? 200 : 500;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 500;
            }
        }
    };

    @BeforeAll
    static void start() {
        library = TestServer.library(index);
        Webhooks hooks = new Webhooks();
        hooks.register("held", HOLDING);
        // a rate limit of 1 per minute: the webhook must not be under it
        server = WebServer.start(library, new WebSettings("127.0.0.1", 0, 1), Clock.systemUTC(), hooks);
    }

    @AfterAll
    static void stop() {
        release.countDown();
        server.close();
        library.close();
    }

    @Test
    @Timeout(60)
    void should_take_a_bounded_number_of_deliveries_at_once_and_answer_503_beyond() throws Exception {
        List<CompletableFuture<HttpResponse<Void>>> held = new ArrayList<>();
        for (int i = 0; i < HookRoute.MAX_CONCURRENT; i++) {
            held.add(HTTP.sendAsync(post(), HttpResponse.BodyHandlers.discarding()));
        }
        assertThat(entered.tryAcquire(HookRoute.MAX_CONCURRENT, 20, TimeUnit.SECONDS)).as("all held deliveries arrived").isTrue();

        HttpResponse<String> beyond = HTTP.send(post(), HttpResponse.BodyHandlers.ofString());
        release.countDown();

        assertThat(beyond.statusCode()).isEqualTo(503);
        assertThat(beyond.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(beyond.body()).contains("\"error\":\"busy\"");
        for (CompletableFuture<HttpResponse<Void>> f : held) {
            assertThat(f.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private static HttpRequest post() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hooks/held"))
                .timeout(Duration.ofSeconds(30)).header("X-Secret", "s3cret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }
}
