package dev.kabar.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.adapter.web.WebServer;
import dev.kabar.adapter.web.WebSettings;
import dev.kabar.chat.Library;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile case as a question to the web API over real HTTP (port 0), plus hostile request bodies. */
class HostileWebTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Library library;
    private static WebServer server;

    @BeforeAll
    static void start() {
        library = Leaks.bundled();
        server = WebServer.start(library, new WebSettings("127.0.0.1", 0, 0), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<HostileCase> cases() {
        return HostileCorpus.all().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_give_the_defined_status_when_posted_as_a_question(HostileCase c) throws Exception {
        String body = JSON.createObjectNode().put("question", c.text()).toString();
        HttpResponse<String> r = send(post("/api/ask", body.getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome(r)).as(c.id()).isIn(HostileQuestionTest.expected(c));
    }

    /** The stream endpoint takes the question in the URL: a third of the cases that fit in one (POST covers all). */
    static Stream<HostileCase> streamCases() {
        return cases().filter(c -> c.text().length() < 1_500 && Math.floorMod(c.id().hashCode(), 3) == 0);
    }

    @ParameterizedTest
    @MethodSource("streamCases")
    void should_give_the_defined_outcome_when_streamed(HostileCase c) throws Exception {
        String url = "/api/ask/stream?question=" + URLEncoder.encode(c.text(), StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(url)).header("Accept", "text/event-stream"));

        Leaks.assertNoStackTrace(c.id(), r.body());
        if (c.refusedAsQuestion()) {
            assertThat(outcome(r)).as(c.id()).isEqualTo(c.ask());
        } else {
            assertThat(r.statusCode()).as(c.id()).isEqualTo(200);
            assertThat(r.body()).as(c.id()).contains("event: result");
        }
    }

    /**
     * Hostile ids in the article and passage paths: 404 (400 for a path Jetty refuses), never 5xx; the
     * reader page {@code /a/{id}} is the same static page whatever the id (its script fetches the article).
     */
    @ParameterizedTest
    @MethodSource("streamCases")
    void should_answer_404_or_the_static_page_when_a_path_id_is_hostile(HostileCase c) throws Exception {
        String id = URLEncoder.encode(c.text(), StandardCharsets.UTF_8).replace("+", "%20") + "x";
        for (String path : new String[] {"/api/articles/", "/api/passages/"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path + id)));

            assertThat(r.statusCode()).as(c.id() + " " + path + ": " + r.body()).isIn(400, 404);
            Leaks.assertNoStackTrace(c.id(), r.body());
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/a/" + id)));
        if (page.statusCode() != 400) {
            assertThat(page.statusCode()).as(c.id()).isEqualTo(200);
            assertThat(page.body()).as(c.id()).isEqualTo(send(HttpRequest.newBuilder(uri("/a/x"))).body());
        }
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("not JSON", "{not json", 400),
                Arguments.of("deep nesting", "[".repeat(5_000), 400),
                Arguments.of("deep object nesting", "{\"a\":".repeat(5_000), 400),
                Arguments.of("empty body", "", 400),
                Arguments.of("JSON null", "null", 400),
                Arguments.of("JSON string", "\"Kapan?\"", 400),
                Arguments.of("question is an object", "{\"question\": {\"$ne\": 1}}", 400),
                Arguments.of("question is an array", "{\"question\": [\"Kapan?\"]}", 400),
                Arguments.of("question is null", "{\"question\": null}", 400),
                Arguments.of("question is true", "{\"question\": true}", 400),
                Arguments.of("question is a huge number", "{\"question\": 1" + "0".repeat(2_000) + "}", 400),
                Arguments.of("duplicate key", "{\"question\": \"\", \"question\": \"Kapan?\"}", 200),
                Arguments.of("trailing garbage", "{\"question\": \"Kapan?\"} }}}", 400),
                Arguments.of("second JSON value", "{\"question\": \"Kapan?\"} {\"question\": \"Lagi?\"}", 400),
                Arguments.of("conversation id too long", "{\"question\": \"Kapan?\", \"conversationId\": \"" + "c".repeat(101) + "\"}", 400),
                Arguments.of("conversation id path", "{\"question\": \"Kapan?\", \"conversationId\": \"../../x\"}", 400),
                Arguments.of("conversation id object", "{\"question\": \"Kapan?\", \"conversationId\": {}}", 400),
                Arguments.of("NUL escape", "{\"question\": \"\\u0000\"}", 200),
                Arguments.of("lone surrogate escape", "{\"question\": \"\\ud800\"}", 200),
                Arguments.of("body over 1 MB", "{\"question\": \"" + "a ".repeat(600_000) + "\"}", 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void should_refuse_a_hostile_body_with_a_json_error(String name, String body, int status) throws Exception {
        HttpResponse<String> r = send(post("/api/ask", body.getBytes(StandardCharsets.UTF_8)));

        assertThat(r.statusCode()).as(name + ": " + r.body()).isEqualTo(status);
        Leaks.assertNoStackTrace(name, r.body());
        if (status != 200) {
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(name).isNotEmpty();
        }
    }

    /**
     * Bytes that are not UTF-8 inside the question string: decoded with replacement characters (200),
     * unless they hold a raw control byte, which JSON forbids in a string (400).
     */
    @ParameterizedTest
    @MethodSource("hostileBytes")
    void should_answer_or_refuse_a_body_of_raw_bytes_without_a_stack_trace(HostileBytes.Case c) throws Exception {
        byte[] body = concat("{\"question\": \"".getBytes(StandardCharsets.UTF_8), c.bytes(),
                "\"}".getBytes(StandardCharsets.UTF_8));
        boolean control = false;
        for (byte b : c.bytes()) {
            control |= b >= 0 && b < 0x20;
        }

        HttpResponse<String> r = send(post("/api/ask", body));

        assertThat(r.statusCode()).as(c.id() + ": " + r.body()).isEqualTo(control ? 400 : 200);
        Leaks.assertNoStackTrace(c.id(), r.body());
    }

    static Stream<HostileBytes.Case> hostileBytes() {
        return HostileBytes.all().stream();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** 200 → answered or declined, else the status as the corpus names it. */
    private static String outcome(HttpResponse<String> r) throws IOException {
        Leaks.assertNoStackTrace("response", r.body());
        return switch (r.statusCode()) {
            case 200 -> {
                JsonNode body = JSON.readTree(r.body().contains("event: result") ? resultEvent(r.body()) : r.body());
                yield body.get("grounded").asBoolean() ? "answered" : "declined";
            }
            case 400 -> "empty";
            case 413 -> "too_long";
            default -> "HTTP " + r.statusCode() + ": " + r.body();
        };
    }

    private static String resultEvent(String stream) {
        int at = stream.indexOf("event: result\ndata: ");
        return stream.substring(at + "event: result\ndata: ".length()).lines().findFirst().orElseThrow();
    }

    private static HttpRequest.Builder post(String path, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
