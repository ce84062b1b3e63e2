package dev.kabar.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.Admitted;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.BriefingJson;
import dev.kabar.chat.FrontDoor;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.Messages;
import dev.kabar.chat.Question;
import dev.kabar.chat.Rejected;
import dev.kabar.chat.ResultJson;
import dev.kabar.text.Language;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/ask}, {@code GET /api/ask/stream} (server-sent events) and {@code POST /api/brief}.
 * The body is read and parsed here; the question or topic goes through the chat's {@link FrontDoor},
 * whose refusals {@link #refused} maps to the API's statuses and error codes. The rate limit was
 * counted for every {@code /api/*} request before its body was read, so questions come without a caller.
 */
final class AskRoutes {

    private static final String QUESTION_EXAMPLE = "{\"question\": \"Apa yang terjadi?\"}";
    private static final String TOPIC_EXAMPLE = "{\"topic\": \"ekonomi\"}";
    /** One JSON value and nothing after it: {@code {"question": "…"} }}} } is refused, not half-read. */
    private static final ObjectReader STRICT = KabarJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final FrontDoor door;
    private final WebMetrics metrics;
    private final Workers workers;

    AskRoutes(FrontDoor door, WebMetrics metrics, Workers workers) {
        this.door = door;
        this.metrics = metrics;
        this.workers = workers;
    }

    void ask(Context ctx) {
        JsonNode body = jsonBody(ctx, QUESTION_EXAMPLE);
        String question = body.path("question").isTextual() ? body.get("question").asText() : null;
        JsonNode conv = body.path("conversationId");
        String conversationId = conv.isMissingNode() || conv.isNull() ? null : conv.asText();
        Admitted admitted = admit(new Question(question, conversationId, ""));
        AskResult result = workers.call(() -> door.answer(admitted, null));
        metrics.answer(result);
        Json.send(ctx, 200, ResultJson.of(result));
    }

    /** Streams whatever the {@code Accept} header says: tokens as they come, then the result. */
    void stream(Context ctx) {
        Admitted admitted = admit(new Question(ctx.queryParam("question"), ctx.queryParam("conversationId"), ""));
        EventStream events = EventStream.open(ctx);
        AskResult result;
        try {
            result = workers.call(() -> door.answer(admitted, token -> {
                ObjectNode t = KabarJson.mapper().createObjectNode();
                t.put("text", token);
                events.sendIfOpen("token", t.toString());
            }));
        } catch (RuntimeException e) {
            events.fail(e); // the stream is open: the error goes in it, not as a JSON body after it
            return;
        }
        metrics.answer(result);
        events.sendIfOpen("result", KabarJson.write(ResultJson.of(result)));
    }

    /** The body is optional: without one, or without a topic, a briefing on the whole collection. */
    void brief(Context ctx) {
        String topic = "";
        if (RequestBody.present(ctx)) {
            JsonNode t = jsonBody(ctx, TOPIC_EXAMPLE).path("topic");
            if (!t.isMissingNode() && !t.isNull() && !t.isTextual()) {
                throw ApiException.badRequest("bad_topic", say("web.topic.not-text", TOPIC_EXAMPLE));
            }
            topic = t.isTextual() ? t.asText() : "";
        }
        Admitted admitted;
        try {
            admitted = door.admitTopic(new Question(topic, null, ""));
        } catch (Rejected r) {
            throw refused(r);
        }
        Json.send(ctx, 200, BriefingJson.of(workers.call(() -> door.brief(admitted))));
    }

    private Admitted admit(Question q) {
        try {
            return door.admit(q);
        } catch (Rejected r) {
            throw refused(r);
        }
    }

    /** The front door's refusal as the API's status, error code and message (statuses and codes are a contract). */
    static ApiException refused(Rejected r) {
        boolean topic = r.kind() == Rejected.Kind.TOPIC;
        return switch (r.reason()) {
            case EMPTY -> ApiException.badRequest("bad_question", say("web.question.missing", QUESTION_EXAMPLE));
            case TOO_LONG -> new ApiException(413, topic ? "topic_too_long" : "question_too_long", r.getMessage());
            case BAD_CONVERSATION_ID -> ApiException.badRequest("bad_conversation_id", r.getMessage());
            case RATE_LIMITED -> new ApiException(429, "rate_limited", say("web.rate-limited", r.retryAfterSeconds()));
        };
    }

    /** The body as one JSON object and nothing after it. */
    private static JsonNode jsonBody(Context ctx, String example) {
        return jsonBody(ctx, example, RequestBody.MAX_BYTES);
    }

    /** The body, up to {@code maxBytes}, as one JSON object and nothing after it. */
    static JsonNode jsonBody(Context ctx, String example, int maxBytes) {
        byte[] bytes = RequestBody.json(ctx, maxBytes);
        try {
            // bytes that are not UTF-8 become replacement characters, as a browser would show them
            JsonNode body = bytes.length == 0 ? null : STRICT.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("malformed_json", say("web.json.not-object", example));
            }
            return body;
        } catch (IOException e) {
            // a broken read limit (nesting depth, number length) comes without a location
            String message = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? say("web.json.invalid-at", j.getLocation().getLineNr(), example) : say("web.json.invalid", example);
            throw ApiException.badRequest("malformed_json", message);
        }
    }

    /** The API's messages are English: its callers are programs and the people who write them. */
    private static String say(String key, Object... args) {
        return Messages.text(Language.EN, key, args);
    }
}
