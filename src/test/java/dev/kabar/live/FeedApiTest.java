package dev.kabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.feed.FeedSite;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/feeds} with the admin token, and the feeds' health in {@code /healthz} and {@code /metrics}. */
class FeedApiTest {

    private static final String TOKEN = "rahasia-admin-456";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path state;

    static FeedSite site;
    static LiveServer kabar;

    @BeforeAll
    static void start() throws Exception {
        site = new FeedSite().fixture("/rss2.xml", "rss2.xml", "application/rss+xml")
                .fixture("/polos", "page-without-feeds.html", "text/html");
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

    private static String url(String path) {
        return "{\"url\": \"" + site.base() + path + "\"}";
    }

    @Test
    void should_follow_list_and_unfollow_feeds_with_the_admin_token_only() throws Exception {
        HttpResponse<String> anonymous = call("GET", "/api/feeds", null, null);
        HttpResponse<String> follow = call("POST", "/api/feeds", url("/rss2.xml"), TOKEN);
        HttpResponse<String> again = call("POST", "/api/feeds", url("/rss2.xml"), TOKEN);
        HttpResponse<String> missing = call("POST", "/api/feeds", url("/hilang.xml"), TOKEN);
        HttpResponse<String> noFeed = call("POST", "/api/feeds", url("/polos"), TOKEN);
        HttpResponse<String> bad = call("POST", "/api/feeds", "{\"url\": \"file:///etc/passwd\"}", TOKEN);
        HttpResponse<String> list = call("GET", "/api/feeds", null, TOKEN);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(follow.statusCode()).as(follow.body()).isEqualTo(201);
        assertThat(JSON.readTree(follow.body()).get("title").asText()).isEqualTo("Kabar Selatan — Daerah");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(missing.statusCode()).as("stored, with its first failure said").isEqualTo(201);
        assertThat(JSON.readTree(missing.body()).get("problem").asText()).startsWith("404 Not Found from ");
        assertThat(noFeed.statusCode()).isEqualTo(422);
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode feeds = JSON.readTree(list.body());
        assertThat(feeds).hasSize(2);
        assertThat(feeds.get(0).properties()).extracting(Map.Entry::getKey)
                .containsExactly("url", "title", "lastPoll", "lastOutcome", "error", "articles");

        String missingUrl = URLEncoder.encode(site.base() + "/hilang.xml", StandardCharsets.UTF_8);
        assertThat(call("DELETE", "/api/feeds?url=" + missingUrl, null, TOKEN).statusCode()).isEqualTo(200);
        assertThat(call("DELETE", "/api/feeds?url=" + missingUrl, null, TOKEN).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(call("GET", "/api/feeds", null, TOKEN).body())).hasSize(1);
    }

    @Test
    void should_show_the_feeds_in_health_and_metrics() throws Exception {
        call("POST", "/api/feeds", url("/rss2.xml"), TOKEN);

        JsonNode health = JSON.readTree(call("GET", "/healthz", null, null).body());
        String metrics = call("GET", "/metrics", null, null).body();

        assertThat(health.get("feeds").get("followed").asInt()).isPositive();
        assertThat(metrics).contains("kabar_feeds_followed ", "kabar_feed_failures{feed=\"" + site.base() + "/rss2.xml\"}");
    }
}
