package dev.kabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page added through the API of a running server is answerable at once, with a citation to it. */
class AddArticleApiTest {

    private static final String TOKEN = "rahasia-admin-123";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path state;

    static NewsSite site;
    static LiveServer kabar;

    @BeforeAll
    static void start() throws IOException {
        site = new NewsSite();
        kabar = new LiveServer(state, Map.of("KABAR_ADMIN_TOKEN", TOKEN));
    }

    @AfterAll
    static void stop() {
        kabar.close();
        site.close();
    }

    private static HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        return kabar.call(method, path, body, token);
    }

    private static HttpResponse<String> add(URI url) throws Exception {
        return call("POST", "/api/articles", JSON.writeValueAsString(Map.of("url", url.toString())), TOKEN);
    }

    @Test
    void should_answer_with_a_citation_from_a_page_added_through_the_api() throws Exception {
        HttpResponse<String> added = add(site.url("/berita/festival-layang"));
        HttpResponse<String> again = add(site.url("/berita/festival-layang?utm_source=x"));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode a = JSON.readTree(added.body());
        assertThat(a.get("id").asText()).matches("web-[0-9a-f]{16}");
        assertThat(a.get("title").asText()).contains("Festival Layang-layang Parangtritis");
        assertThat(a.get("outlet").asText()).isEqualTo("Kabar Selatan");
        assertThat(a.get("published").asText()).isEqualTo("2024-07-06");
        assertThat(a.get("passages").asInt()).isPositive();
        assertThat(again.statusCode()).as("the same canonical URL again: updated").isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("id")).isEqualTo(a.get("id"));

        HttpResponse<String> answer = call("POST", "/api/ask",
                "{\"question\": \"Berapa peserta festival layang-layang di Pantai Parangtritis?\"}", null);
        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.get("grounded").asBoolean()).as(answer.body()).isTrue();
        assertThat(result.get("answer").asText()).contains("240");
        assertThat(result.get("citations").findValuesAsText("articleId")).contains(a.get("id").asText());
    }

    @Test
    void should_refuse_a_missing_or_wrong_token_with_401() throws Exception {
        String body = "{\"url\": \"" + site.url("/berita/festival-layang") + "\"}";
        assertThat(call("POST", "/api/articles", body, null).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/articles", body, "salah").statusCode()).isEqualTo(401);
        assertThat(call("DELETE", "/api/articles/002_x", null, "salah").statusCode()).isEqualTo(401);
    }

    @Test
    void should_answer_422_with_the_reason_when_the_page_gives_no_article() throws Exception {
        HttpResponse<String> missing = add(site.url("/tidak-ada"));
        HttpResponse<String> pdf = add(site.url("/laporan.pdf"));
        HttpResponse<String> empty = add(site.url("/kosong"));
        HttpResponse<String> huge = add(site.url("/huge"));

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(missing.body()).get("message").asText()).startsWith("404 from ");
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("unprocessable");
        assertThat(pdf.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(pdf.body()).get("message").asText()).contains("not an HTML page (application/pdf)");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(empty.body()).get("message").asText()).startsWith("no article text found on ");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(huge.body()).get("message").asText()).contains("page larger than 5 MB");
    }

    @Test
    void should_follow_redirects_read_gzip_and_trust_the_bytes_over_a_wrong_charset() throws Exception {
        HttpResponse<String> viaRedirect = add(site.url("/pendek"));
        HttpResponse<String> gzip = add(site.url("/gzip"));
        HttpResponse<String> latin = add(site.url("/latin"));
        HttpResponse<String> loop = add(site.url("/loop"));

        assertThat(viaRedirect.statusCode()).as(viaRedirect.body()).isIn(200, 201);
        assertThat(JSON.readTree(viaRedirect.body()).get("url").asText()).endsWith("/berita/festival-layang");
        assertThat(gzip.statusCode()).as(gzip.body()).isIn(200, 201);
        assertThat(latin.statusCode()).as(latin.body()).isIn(200, 201);
        String text = call("GET", "/api/articles/" + JSON.readTree(latin.body()).get("id").asText(), null, null).body();
        assertThat(JSON.readTree(text).get("text").asText()).contains("« café »");
        assertThat(loop.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(loop.body()).get("message").asText()).startsWith("more than 5 redirects");
    }

    @Test
    void should_add_a_page_sent_with_its_html_without_fetching_it() throws Exception {
        String url = "https://kabar-selatan.example/berita/festival";
        HttpResponse<String> r = call("POST", "/api/articles",
                JSON.writeValueAsString(Map.of("url", url, "html", NewsSite.festivalPage(url))), TOKEN);

        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        assertThat(JSON.readTree(r.body()).get("url").asText()).isEqualTo(url);
    }

    @Test
    void should_remove_a_bundled_article_and_keep_it_removed() throws Exception {
        String id = kabar.library.store().articles().getFirst().meta().id();

        HttpResponse<String> removed = call("DELETE", "/api/articles/" + id, null, TOKEN);
        HttpResponse<String> again = call("DELETE", "/api/articles/" + id, null, TOKEN);

        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/articles/" + id, null, null).statusCode()).isEqualTo(404);
        kabar.library.reindexer().reindex();
        assertThat(kabar.library.store().article(id)).isEmpty();
    }
}
