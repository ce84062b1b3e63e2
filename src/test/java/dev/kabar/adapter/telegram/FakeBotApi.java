package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API on loopback speaking the real JSON: queued updates come out of
 * {@code getUpdates} (honouring {@code offset}), every call is recorded, and the next calls of a
 * method can be made to fail with 429 and {@code retry_after}.
 */
final class FakeBotApi implements AutoCloseable {

    static final long BOT_ID = 999;
    static final String BOT_NAME = "kabar_test_bot";

    /** One recorded request. */
    record Call(String method, JsonNode body, long nanos) {
        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asText();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private HttpServer server;
    private final int port;
    private final List<Long> polls = new ArrayList<>();
    private int failStatus = 429;
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private String failMethod;
    private int failTimes;
    private int retryAfter;
    private int messageIds = 1000;
    private final java.util.Map<Long, Long> delivered = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, String> statuses = new java.util.concurrent.ConcurrentHashMap<>();

    FakeBotApi() throws IOException {
        server = listen(0);
        port = server.getAddress().getPort();
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        s.createContext("/", this::serve);
        s.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        }));
        s.start();
        return s;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** An outage: the port stops answering (connections refused); queued updates and calls are kept. */
    synchronized void goDown() {
        stopServer();
        notifyAll();
    }

    /** The end of an outage: listening again on the same port, with whatever was queued meanwhile. */
    synchronized void comeBack() throws IOException {
        server = listen(port);
    }

    /** Waits until {@code n} getUpdates calls have arrived, or fails after {@code timeout}. */
    synchronized void awaitPolls(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (polls.size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + n + " polls; got " + polls.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** When each {@code getUpdates} arrived, in {@link System#nanoTime()}. */
    synchronized List<Long> polls() {
        return List.copyOf(polls);
    }

    synchronized void enqueue(ObjectNode update) {
        updates.add(update);
        notifyAll();
    }

    /** When {@code getUpdates} first handed out the update, in {@link System#nanoTime()}; 0 if never. */
    long deliveredAt(long updateId) {
        return delivered.getOrDefault(updateId, 0L);
    }

    /** What {@code getChatMember} says of {@code userId} in {@code chatId} ({@code creator}, {@code administrator}); else {@code member}. */
    void status(long chatId, long userId, String status) {
        statuses.put(chatId + "/" + userId, status);
    }

    synchronized void failNext(String method, int times, int retryAfterSeconds) {
        failMethod = method.toLowerCase(Locale.ROOT);
        failTimes = times;
        retryAfter = retryAfterSeconds;
        failStatus = 429;
    }

    /** The next {@code times} calls of {@code method} get {@code status} (e.g. 401 Unauthorized). */
    synchronized void refuseNext(String method, int times, int status) {
        failMethod = method.toLowerCase(Locale.ROOT);
        failTimes = times;
        failStatus = status;
    }

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    synchronized List<Call> sent(long chatId) {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && c.chatId() == chatId).toList();
    }

    /** Waits until {@code condition} holds over the recorded calls, or fails after {@code timeout}. */
    synchronized List<Call> await(Predicate<List<Call>> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(calls)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out; calls so far: " + calls.stream()
                        .map(c -> c.method() + " " + c.body()).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(calls);
    }

    List<Call> awaitSent(long chatId, int count) throws InterruptedException {
        await(all -> all.stream().filter(c -> c.method().equals("sendmessage") && c.chatId() == chatId).count()
                >= count, Duration.ofSeconds(20));
        return sent(chatId);
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            JsonNode body = BotApiRequests.parse(ex, json);
            if (!method.equals("getupdates")) {
                record(method, body);
            } else {
                polled();
            }
            Object[] failure = failure(method);
            if (failure != null && (int) failure[1] != 429) {
                respond(ex, (int) failure[1], json.createObjectNode().put("ok", false).put("error_code", (int) failure[1])
                        .put("description", (int) failure[1] == 401 ? "Unauthorized" : "Error " + failure[1]));
                return;
            }
            if (failure != null) {
                respond(ex, 429, json.createObjectNode().put("ok", false).put("error_code", 429)
                        .put("description", "Too Many Requests: retry after " + failure[0])
                        .set("parameters", json.createObjectNode().put("retry_after", (int) failure[0])));
                return;
            }
            ObjectNode ok = json.createObjectNode().put("ok", true);
            switch (method) {
                case "getupdates" -> ok.set("result", pending(body.path("offset").asLong(0), body.path("limit").asInt(100)));
                case "getme" -> ok.set("result", json.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                        .put("first_name", "Kabar").put("username", BOT_NAME));
                case "sendmessage", "editmessagetext" -> ok.set("result", message(body));
                case "getchatmember" -> ok.set("result", member(body));
                default -> ok.put("result", true);
            }
            respond(ex, 200, ok);
        }
    }

    private synchronized void record(String method, JsonNode body) {
        calls.add(new Call(method, body, System.nanoTime()));
        notifyAll();
    }

    private synchronized void polled() {
        polls.add(System.nanoTime());
        notifyAll();
    }

    private synchronized Object[] failure(String method) {
        if (method.equals(failMethod) && failTimes > 0) {
            failTimes--;
            return new Object[] {retryAfter, failStatus};
        }
        return null;
    }

    /** At most {@code limit} updates at or after {@code offset}, waiting briefly for one as long polling does. */
    private synchronized ArrayNode pending(long offset, int limit) {
        long deadline = System.nanoTime() + Duration.ofMillis(200).toNanos();
        ArrayNode out = json.createArrayNode();
        while (true) {
            updates.stream().filter(u -> u.path("update_id").asLong() >= offset).limit(Math.max(1, limit))
                    .forEach(out::add);
            long left = deadline - System.nanoTime();
            if (!out.isEmpty() || left <= 0) {
                long now = System.nanoTime();
                out.forEach(u -> delivered.putIfAbsent(u.path("update_id").asLong(), now));
                return out;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return out;
            }
        }
    }

    private synchronized ObjectNode message(JsonNode body) {
        ObjectNode m = json.createObjectNode().put("message_id", ++messageIds).put("date", 1_700_000_000)
                .put("text", body.path("text").asText());
        m.set("chat", json.createObjectNode().put("id", body.path("chat_id").asLong()).put("type", "private"));
        m.set("from", json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Kabar"));
        return m;
    }

    private ObjectNode member(JsonNode body) {
        long user = body.path("user_id").asLong();
        String status = statuses.getOrDefault(body.path("chat_id").asText() + "/" + user, "member");
        ObjectNode m = json.createObjectNode().put("status", status);
        m.set("user", json.createObjectNode().put("id", user).put("is_bot", false).put("first_name", "Ani"));
        if (status.equals("administrator")) {
            m.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true);
        } else if (status.equals("creator")) {
            m.put("is_anonymous", false);
        }
        return m;
    }

    private void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public synchronized void close() {
        stopServer();
    }

    private void stopServer() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
