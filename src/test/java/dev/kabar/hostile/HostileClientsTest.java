package dev.kabar.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.adapter.web.HostAllowList;
import dev.kabar.adapter.web.TrustedProxies;
import dev.kabar.adapter.web.WebServer;
import dev.kabar.adapter.web.WebSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Clients that attack the server itself rather than the question: slow bodies, made-up methods,
 * hang-ups, oversized requests, foreign Host headers, cross-site content types. Raw sockets where
 * {@link HttpClient} would not send the request as written; every case over real HTTP on loopback.
 */
class HostileClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = LoopbackHttp.HTTP;

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
    void should_answer_made_up_methods_501_without_growing_the_metrics() throws Exception {
        get("/healthz");
        int before = get("/metrics").body().length();

        for (int i = 0; i < 2_000; i++) {
            String response = raw("M" + i + " /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            if (i % 500 == 0) {
                assertThat(response).startsWith("HTTP/1.1 501").contains("\"error\":\"not_implemented\"");
            }
        }
        int after = get("/metrics").body().length();

        assertThat(after - before).as("metrics growth after 2,000 made-up methods").isLessThan(50_000);
    }

    @Test
    void should_answer_a_known_method_a_route_does_not_take_with_405_and_allow() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/ask"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).hasValue("POST");
            assertJsonError(r.body(), "method_not_allowed");
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/articles"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        // POST is declared whether or not an admin token is set; without one it answers 404
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
    }

    @Test
    void should_answer_a_percent_left_after_decoding_with_400_json() throws Exception {
        HttpResponse<String> r = get("/api/passages/%25zz");

        assertThat(r.statusCode()).isEqualTo(400);
        assertJsonError(r.body(), "bad_id");
    }

    @Test
    void should_answer_errors_jetty_raises_itself_as_json_with_the_security_headers() throws Exception {
        Map<String, String> requests = Map.of(
                "414", "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "431", "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
                "505", "GET / HTTP/3.0\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "400", "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n",
                "414  ", "PUT /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "404", "CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\nConnection: close\r\n\r\n",
                "400 ", "GET /a/%2e%2e/%2e%2e/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        for (var e : requests.entrySet()) {
            String response = raw(e.getValue());

            assertThat(response).as(e.getKey()).startsWith("HTTP/1.1 " + e.getKey().strip());
            assertThat(response).as(e.getKey()).contains("Content-Security-Policy: default-src 'self'")
                    .contains("X-Content-Type-Options: nosniff").contains("Content-Type: application/json");
            assertJsonError(response.substring(response.indexOf("\r\n\r\n") + 4), null);
            Leaks.assertNoStackTrace(e.getKey(), response);
        }
    }

    @Test
    void should_accept_only_json_bodies_on_post_routes() throws Exception {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> r = post("/api/ask", type, "{\"question\": \"Kapan?\"}");

            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertJsonError(r.body(), "unsupported_media_type");
        }
        assertThat(post("/api/ask", "application/json; charset=utf-8", "{\"question\": \"Kapan?\"}").statusCode()).isEqualTo(200);
        assertThat(post("/api/brief", "text/plain", "{\"topic\": \"x\"}").statusCode()).isEqualTo(415);
        HttpResponse<String> bodyless = HTTP.send(HttpRequest.newBuilder(uri("/api/brief"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bodyless.statusCode()).as("a body-less briefing needs no content type").isEqualTo(200);
    }

    @Test
    void should_refuse_a_host_that_is_not_allowed_with_421() throws Exception {
        String refused = raw("GET /healthz HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        String rebound = raw("GET /api/articles HTTP/1.1\r\nHost: evil.example:8080\r\nConnection: close\r\n\r\n");
        String allowed = raw("GET /healthz HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");

        assertThat(refused).startsWith("HTTP/1.1 421").contains("\"error\":\"misdirected_request\"")
                .contains("Content-Security-Policy");
        assertThat(rebound).startsWith("HTTP/1.1 421");
        assertThat(allowed).startsWith("HTTP/1.1 200");
    }

    @Test
    void should_stream_the_answer_whatever_the_accept_header_says() throws Exception {
        for (String accept : List.of("*/*", "application/json", "text/event-stream")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/ask/stream?question=Kapan%3F"))
                    .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).as(accept).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(accept).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/event-stream"));
            assertThat(r.body()).as(accept).contains("event: result\ndata: {");
        }
    }

    @Test
    void should_ask_for_a_topic_when_a_briefing_body_is_malformed() throws Exception {
        HttpResponse<String> r = post("/api/brief", "application/json", "{not json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("message").asText()).contains("topic").doesNotContain("question");
    }

    @Test
    void should_key_the_rate_limit_on_forwarded_for_only_from_a_trusted_proxy() throws Exception {
        WebSettings trusting = new WebSettings("127.0.0.1", 0, 2, HostAllowList.defaultFor("127.0.0.1", ""),
                TrustedProxies.parse("127.0.0.0/8"));
        try (WebServer proxied = WebServer.start(Leaks.bundled(), trusting, Clock.systemUTC())) {
            assertThat(statuses(proxied, "203.0.113.7", 3)).containsExactly(200, 200, 429);
            assertThat(statuses(proxied, "203.0.113.8", 2)).as("another client behind the proxy").containsExactly(200, 200);
        }
        try (WebServer direct = WebServer.start(Leaks.bundled(), new WebSettings("127.0.0.1", 0, 2), Clock.systemUTC())) {
            assertThat(statuses(direct, "203.0.113.7", 2)).containsExactly(200, 200);
            assertThat(statuses(direct, "203.0.113.8", 1)).as("the header is ignored from an untrusted peer")
                    .containsExactly(429);
        }
    }

    private static List<Integer> statuses(WebServer s, String forwardedFor, int n) throws Exception {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/articles"))
                    .header("X-Forwarded-For", "198.51.100.1, " + forwardedFor).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        return out;
    }

    private static void assertJsonError(String body, String code) throws IOException {
        JsonNode error = JSON.readTree(body);
        assertThat(error.path("message").asText()).as(body).isNotBlank();
        if (code == null) {
            assertThat(error.path("error").asText()).as(body).isNotBlank();
        } else {
            assertThat(error.path("error").asText()).as(body).isEqualTo(code);
        }
    }

    private static String raw(String request) throws IOException {
        return LoopbackHttp.raw(server.port(), request);
    }

    private static URI uri(String path) {
        return LoopbackHttp.uri(server.port(), path);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return LoopbackHttp.get(server.port(), path);
    }

    private static HttpResponse<String> post(String path, String type, String body) throws IOException, InterruptedException {
        return LoopbackHttp.HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
