package dev.kabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without KABAR_ADMIN_TOKEN the routes that write do not exist. */
class NoAdminTokenTest {

    @TempDir
    Path state;

    @Test
    void should_answer_404_when_no_admin_token_is_configured() throws Exception {
        try (LiveServer kabar = new LiveServer(state, Map.of());
                HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(kabar.url("/api/articles"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer x")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"https://example.org/\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("KABAR_ADMIN_TOKEN");
        }
    }
}
