package dev.kabar.live;

import dev.kabar.adapter.cli.RunningServer;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** kabar serving the bundled corpus on loopback, its state in a temporary directory. */
final class LiveServer implements AutoCloseable {

    final Library library;
    final RunningServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    LiveServer(Path state, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(Map.of("KABAR_STATE_PATH", state.toString(),
                "KABAR_FETCH_ALLOW_PRIVATE", "true", "KABAR_WEB_RATE_LIMIT_PER_MINUTE", "0"));
        env.putAll(extraEnv);
        Kabar kabar = new Kabar(env, Path.of("").toAbsolutePath());
        LibraryRequest request = new LibraryRequest(null, null, null, false);
        library = kabar.open(request, m -> {});
        server = kabar.start(library, request, OptionalInt.of(0));
    }

    URI url(String path) {
        return server.url().resolve(path);
    }

    /** {@code method path} with a JSON {@code body} (or none) and the bearer {@code token} (or none). */
    HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        http.close();
        server.close();
        library.close();
    }
}
