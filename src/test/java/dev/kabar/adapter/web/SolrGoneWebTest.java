package dev.kabar.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.retrieval.solr.BundledOnSolr;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web API serving from a SolrCloud collection that goes away while it serves (its one node
 * URL is a relay that is then shut): the API and {@code /healthz} answer 503 with a JSON error
 * that says so, never a 500 or a stack trace.
 */
class SolrGoneWebTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String QUESTION = "{\"question\": \"Kapan pakta pertahanan itu ditandatangani?\"}";

    @TempDir
    Path tmp;

    private WebServer server;

    @Test
    void should_answer_503_with_a_json_message_when_solr_goes_away_while_serving() throws Exception {
        BundledOnSolr bundled = BundledOnSolr.shared();
        URI node = URI.create(bundled.cluster().urls().get(0));
        LoopbackProxy relay = new LoopbackProxy(node.getHost(), node.getPort());
        String url = "http://127.0.0.1:" + relay.port() + node.getPath();
        try (relay; Library library = new Kabar(BundledOnSolr.env(List.of(url), bundled.collection(), tmp), BundledOnSolr.HOME)
                .open(new LibraryRequest(null, tmp.resolve("index"), null, false), m -> {});
                WebServer started = WebServer.start(library, new WebSettings("127.0.0.1", 0, 0), Clock.systemUTC())) {
            server = started;
            assertThat(get("/healthz").statusCode()).isEqualTo(200);
            HttpResponse<String> answered = post("/api/ask", QUESTION);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(JSON.readTree(answered.body()).get("grounded").asBoolean()).isTrue();

            relay.close();

            assertUnavailable(post("/api/ask", QUESTION));
            assertUnavailable(get("/api/articles"));
            assertUnavailable(post("/api/brief", "{\"topic\": \"pakta\"}"));
            HttpResponse<String> health = get("/healthz");
            assertUnavailable(health);
            assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("unavailable");
            HttpResponse<String> stream = get("/api/ask/stream?question=" + WebApiTest.encode("Kapan pakta itu ditandatangani?"));
            assertThat(stream.body()).contains("event: error").contains("\"error\":\"index_unavailable\"")
                    .doesNotContain("Exception");
        }
    }

    private static void assertUnavailable(HttpResponse<String> r) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo("index_unavailable");
        assertThat(body.get("message").asText()).contains("unreachable").doesNotContain("127.0.0.1");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
