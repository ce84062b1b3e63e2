package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The running server's article routes, for {@code kabar add} and {@code kabar remove}: the admin token
 * from the environment, one JSON request per source. A server that does not answer at all counts as
 * gone, and the command writes the index itself.
 */
final class ServerClient implements AutoCloseable {

    /** Fetching, reading and indexing a page on the server: the fetch alone may take 20 s. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final String token;

    /** The server's answer: its status and JSON body. */
    record Reply(int status, JsonNode body) {
        String message() {
            return body.path("message").asText("HTTP " + status);
        }
    }

    private ServerClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /**
     * A client of the server at {@code base} when it answers there; empty when nobody listens there (a
     * stale address). Only a plain-http loopback address is ever sent the admin token: the address file
     * is on disk, and a server of this machine is what it may name.
     */
    static Optional<ServerClient> reach(URI base, String token) {
        if (!isLoopbackHttp(base)) {
            return Optional.empty();
        }
        ServerClient client = new ServerClient(base, token);
        try {
            client.http.send(HttpRequest.newBuilder(base.resolve("/healthz")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return Optional.of(client);
        } catch (ConnectException e) { // refused: nobody serves there now, so writing directly is safe
            client.close();
            return Optional.empty();
        } catch (IOException e) { // someone listens but does not answer: writing beside it could race
            client.close();
            throw new UncheckedIOException("the kabar server at " + base + " did not answer (" + e.getMessage()
                    + "): wait for it, or stop it and run the command again", e);
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Reply add(Map<String, String> body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    Reply remove(String id) throws IOException, InterruptedException {
        String path = "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request.timeout(TIMEOUT).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        return new Reply(r.statusCode(), body == null ? JSON.createObjectNode() : body);
    }

    URI base() {
        return base;
    }

    private static boolean isLoopbackHttp(URI base) {
        if (!"http".equalsIgnoreCase(base.getScheme()) || base.getHost() == null) {
            return false;
        }
        String h = base.getHost().toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.[0-9]{1,3}){3}");
    }

    @Override
    public void close() {
        http.close();
    }
}
