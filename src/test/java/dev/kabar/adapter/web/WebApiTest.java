package dev.kabar.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.chat.Library;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over real HTTP on a free port, on a real index of the bundled corpus. */
class WebApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWERABLE = "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?";
    private static final String UNANSWERABLE = "Siapa yang unggul dalam survei elektabilitas calon Wali Kota Cirebon?";

    @TempDir
    static Path index;

    private static Library library;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        library = TestServer.library(index);
        server = WebServer.start(library, new WebSettings("127.0.0.1", 0, 0), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
        library.close();
    }

    @Test
    void should_answer_with_the_result_json_and_citations_when_the_articles_hold_the_answer() throws Exception {
        HttpResponse<String> r = post("/api/ask", "{\"question\": \"" + ANSWERABLE + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("grounded").asBoolean()).isTrue();
        assertThat(body.get("answer").asText()).contains("19 Juni 2024").contains("[1]");
        assertThat(body.get("language").asText()).isEqualTo("id");
        assertThat(body.get("composer").asText()).isEqualTo("extractive");
        JsonNode cite = body.get("citations").get(0);
        assertThat(cite.get("n").asInt()).isEqualTo(1);
        assertThat(cite.get("passageId").asText()).startsWith(cite.get("articleId").asText() + "#");
        assertThat(body.get("timings").has("retrieveMs")).isTrue();
    }

    @Test
    void should_decline_when_the_articles_do_not_hold_the_answer() throws Exception {
        HttpResponse<String> r = post("/api/ask", "{\"question\": \"" + UNANSWERABLE + "\", \"conversationId\": \"t-1\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("grounded").asBoolean()).isFalse();
    }

    @Test
    void should_refuse_bad_input_with_400_and_an_error_object() throws Exception {
        for (String body : List.of("{not json", "{}", "{\"question\": \"   \"}", "[1,2]", "{\"question\": 5}",
                "{\"question\": \"a\", \"conversationId\": \"<script>\"}")) {
            HttpResponse<String> r = post("/api/ask", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            JsonNode err = JSON.readTree(r.body());
            assertThat(err.get("error").asText()).isNotEmpty();
            assertThat(err.get("message").asText()).isNotEmpty();
            assertNoStackTrace(r);
        }
    }

    @Test
    void should_refuse_a_question_over_the_limit_with_413() throws Exception {
        String longQuestion = "a".repeat(library.door().maxChars() + 1);
        HttpResponse<String> r = post("/api/ask", "{\"question\": \"" + longQuestion + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("question_too_long");
    }

    @Test
    void should_stream_tokens_then_the_result_as_server_sent_events() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/ask/stream?question=" + encode(ANSWERABLE)))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        assertThat(r.body()).contains("event: token").contains("event: result");
        Matcher m = Pattern.compile("event: result\\ndata: (.*)\\n").matcher(r.body());
        assertThat(m.find()).isTrue();
        assertThat(JSON.readTree(m.group(1)).get("grounded").asBoolean()).isTrue();
        assertThat(get("/api/ask/stream").statusCode()).isEqualTo(400);
    }

    @Test
    void should_list_articles_and_serve_one_with_its_passages() throws Exception {
        JsonNode list = JSON.readTree(get("/api/articles").body());
        assertThat(list).hasSize(5);
        String id = list.get(0).get("id").asText();
        HttpResponse<String> r = get("/api/articles/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode article = JSON.readTree(r.body());
        String text = article.get("text").asText();
        for (JsonNode p : article.get("passages")) {
            assertThat(text.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("text").asText());
        }
        HttpResponse<String> passage = get("/api/passages/" + encode(id + "#2"));
        assertThat(passage.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(passage.body()).get("permalink").asText()).isEqualTo("/a/" + id + "#p2");
    }

    @Test
    void should_answer_404_for_unknown_ids_and_paths() throws Exception {
        for (String path : List.of("/api/articles/nope", "/api/passages/" + encode("nope#1"), "/api/nothing")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void should_brief_on_a_topic_with_numbered_citations() throws Exception {
        HttpResponse<String> r = post("/api/brief", "{\"topic\": \"pakta pertahanan\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("found").asBoolean()).isTrue();
        assertThat(body.get("topic").asText()).isEqualTo("pakta pertahanan");
        for (String key : List.of("keyPoints", "quotes", "reactions", "timeline", "differences", "citations")) {
            assertThat(body.get(key).isArray()).as(key).isTrue();
        }
        assertThat(body.get("keyPoints")).isNotEmpty();
        int citations = body.get("citations").size();
        assertThat(body.get("keyPoints").get(0).get("citations").get(0).asInt()).isBetween(1, citations);
        assertThat(body.get("citations").get(0).get("passageId").asText()).contains("#");
        assertThat(body.get("coverage").get("articles").asInt()).isPositive();
    }

    @Test
    void should_brief_on_the_whole_collection_without_a_body_and_say_nothing_found_for_nonsense() throws Exception {
        JsonNode whole = JSON.readTree(post("/api/brief", "").body());
        assertThat(whole.get("found").asBoolean()).isTrue();
        assertThat(whole.get("coverage").get("articles").asInt()).isEqualTo(5);

        HttpResponse<String> nonsense = post("/api/brief", "{\"topic\": \"qwxzv plkjh\"}");
        assertThat(nonsense.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(nonsense.body());
        assertThat(body.get("found").asBoolean()).isFalse();
        assertThat(body.get("note").asText()).contains("qwxzv");
        assertThat(body.get("citations")).isEmpty();
    }

    @Test
    void should_refuse_a_malformed_or_oversized_briefing_request() throws Exception {
        for (String bad : List.of("{not json", "[1]", "{\"topic\": 5}")) {
            HttpResponse<String> r = post("/api/brief", bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
        }
        HttpResponse<String> huge = post("/api/brief", "{\"topic\": \"" + "pakta ".repeat(2000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(huge.body()).get("error").asText()).isEqualTo("topic_too_long");
    }

    @Test
    void should_put_security_headers_on_every_response() throws Exception {
        for (String path : List.of("/", "/app.js", "/healthz", "/api/articles/nope", "/a/x")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void should_report_health_and_prometheus_metrics() throws Exception {
        assertThat(JSON.readTree(get("/healthz").body()).get("status").asText()).isEqualTo("ok");
        post("/api/ask", "{\"question\": \"" + UNANSWERABLE + "\"}");
        HttpResponse<String> r = get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("kabar_http_requests_seconds_bucket")
                .contains("route=\"/api/ask\"")
                .contains("kabar_answers_total{composer=\"extractive\",outcome=\"declined\"}");
    }

    @Test
    void should_serve_the_page_its_words_from_the_chat_message_bundle() throws Exception {
        HttpResponse<String> r = get("/strings.js");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        String json = r.body().substring(r.body().indexOf('{'), r.body().lastIndexOf('}') + 1);
        JsonNode words = JSON.readTree(json);
        assertThat(words.path("id").path("send").asText()).isEqualTo("Tanya");
        assertThat(words.path("en").path("brief.key-points").asText()).isEqualTo("Key points");
        assertThat(words.path("id").has("telegram.refused")).isFalse();
        assertThat(r.body()).contains("window.KabarStrings = ");
    }

    @Test
    void should_limit_requests_per_client_with_429_and_retry_after() throws Exception {
        try (WebServer limited = WebServer.start(library, new WebSettings("127.0.0.1", 0, 2), Clock.systemUTC())) {
            URI articles = URI.create("http://127.0.0.1:" + limited.port() + "/api/articles");
            int last = 0;
            HttpResponse<String> r = null;
            for (int i = 0; i < 3; i++) {
                r = HTTP.send(HttpRequest.newBuilder(articles).build(), HttpResponse.BodyHandlers.ofString());
                last = r.statusCode();
            }
            assertThat(last).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
            assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("rate_limited");
        }
    }

    private static void assertNoStackTrace(HttpResponse<String> r) {
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
