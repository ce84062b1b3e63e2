package dev.kabar.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kabar.adapter.web.WebServer;
import dev.kabar.adapter.web.WebSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * Clients that hold the server's connections: bodies trickled a byte at a time, clients that hang up
 * mid-body. Over raw sockets on loopback, at the protocol's own pace.
 */
class SlowClientsTest {

    private static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(Leaks.bundled(), new WebSettings("127.0.0.1", 0, 0), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Timeout(60)
    void should_keep_answering_health_checks_while_many_clients_trickle_their_bodies() throws Exception {
        LoopbackHttp.get(server.port(), "/healthz"); // warm: the first request of a run pays for class loading, not for the tricklers
        int clients = 24;
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<String>> tricklers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tricklers.add(pool.submit(SlowClientsTest::trickleAQuestion));
        }
        long worstMillis = 0;
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int checks = 0;
        while (System.nanoTime() < until || checks < 5) {
            long t0 = System.nanoTime();
            HttpResponse<String> health = LoopbackHttp.get(server.port(), "/healthz");
            worstMillis = Math.max(worstMillis, (System.nanoTime() - t0) / 1_000_000);
            assertThat(health.statusCode()).isEqualTo(200);
            checks++;
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : tricklers) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(worstMillis).as("slowest /healthz while %d clients trickled", clients).isLessThan(2_000);
        assertThat(outcomes).as("every trickling body is cut off with 408").allMatch(s -> s.startsWith("HTTP/1.1 408"));
    }

    /** Sends the headers of a 2,000-byte body, then one byte every 200 ms; returns the status line the server ends it with. */
    private static String trickleAQuestion() throws IOException {
        byte[] body = ("{\"question\": \"" + "a".repeat(2_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket s = LoopbackHttp.socket(server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.setSoTimeout(200);
            for (int sent = 0; sent < body.length; sent++) {
                try {
                    out.write(body[sent]);
                    out.flush();
                } catch (IOException closedByServer) {
                    break;
                }
                try {
                    int b = s.getInputStream().read();
                    if (b >= 0) {
                        return (char) b + LoopbackHttp.statusLine(s.getInputStream());
                    }
                    return "closed";
                } catch (SocketTimeoutException stillWaiting) {
                    // the protocol's own pace: the next byte is due
                }
            }
            s.setSoTimeout(5_000);
            return LoopbackHttp.statusLine(s.getInputStream());
        }
    }

    @Test
    @Timeout(60)
    void should_log_no_error_when_clients_hang_up_mid_body() throws Exception {
        double before = count("4xx", "/api/ask");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        try {
            for (int i = 0; i < 5; i++) {
                try (Socket s = LoopbackHttp.socket(server.port())) {
                    s.getOutputStream().write(("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{\"question\": \"Kap").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                }
            }
            awaitCount("4xx", "/api/ask", before + 5);
        } finally {
            root.detachAppender(logs);
        }

        assertThat(logs.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
        assertThat(LoopbackHttp.get(server.port(), "/metrics").body()).doesNotContain("route=\"/api/ask\",status=\"5xx\"");
    }

    /** Polls the metrics until {@code count} POSTs to {@code route} ended in {@code statusClass}. */
    private static void awaitCount(String statusClass, String route, double count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (count(statusClass, route) >= count) { // each look is a request of its own, so the loop needs no pause
                return;
            }
        }
        throw new AssertionError("the server never finished " + count + " requests to " + route + " with " + statusClass);
    }

    private static double count(String statusClass, String route) throws Exception {
        String series = "kabar_http_requests_seconds_count{method=\"POST\",route=\"" + route + "\",status=\"" + statusClass + "\"} ";
        for (String line : LoopbackHttp.get(server.port(), "/metrics").body().split("\n")) {
            if (line.startsWith(series)) {
                return Double.parseDouble(line.substring(series.length()));
            }
        }
        return 0;
    }
}
