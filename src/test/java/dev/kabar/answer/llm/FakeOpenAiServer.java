package dev.kabar.answer.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible chat-completions server on loopback (port 0) that records every request
 * and answers from a script: plain replies, SSE streams, error statuses, stalls, broken JSON.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply. */
    public sealed interface Reply {}

    public record Text(String content) implements Reply {}

    public record Status(int code, String body) implements Reply {}

    public record Stall(Duration longerThanTheClientWaits) implements Reply {}

    public record Raw(String body) implements Reply {}

    /** A request as received. */
    public record Request(String path, String authorization, String body) {}

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private Reply otherwise = new Text("Tidak ditemukan di artikel yang tersedia.");

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> new Thread(r, "fake-openai")));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public synchronized FakeOpenAiServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    public synchronized FakeOpenAiServer always(Reply reply) {
        otherwise = reply;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private synchronized Reply next() {
        return script.isEmpty() ? otherwise : script.poll();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Authorization"), body));
        boolean stream = JSON.readTree(body).path("stream").asBoolean(false);
        try (ex) {
            switch (next()) {
                case Text t when stream -> sse(ex, t.content());
                case Text t -> send(ex, 200, "application/json", completion(t.content()));
                case Status s -> send(ex, s.code(), "application/json", s.body());
                case Raw r -> send(ex, 200, "application/json", r.body());
                case Stall s -> {
                    awaitRelease(s.longerThanTheClientWaits());
                    send(ex, 200, "application/json", completion("terlambat"));
                }
            }
        } catch (IOException e) {
            // the client gave up (time-out test): nothing to answer
        }
    }

    private void awaitRelease(Duration d) {
        try {
            released.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String completion(String content) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "fake");
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        o.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return o.toString();
    }

    private static void sse(HttpExchange ex, String content) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        for (String piece : content.split("(?<= )")) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "fake");
            ObjectNode choice = o.putArray("choices").addObject();
            choice.put("index", 0).putObject("delta").put("content", piece);
            out.write(("data: " + o + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        ObjectNode last = JSON.createObjectNode();
        last.put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "fake");
        last.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        out.write(("data: " + last + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(code, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
