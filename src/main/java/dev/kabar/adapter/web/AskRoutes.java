package dev.kabar.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.brief.Briefer;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.AskService;
import dev.kabar.chat.BriefingJson;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.ResultJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** {@code POST /api/ask}, {@code GET /api/ask/stream} (server-sent events) and {@code POST /api/brief}. */
final class AskRoutes {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final String QUESTION_EXAMPLE = "{\"question\": \"Apa yang terjadi?\"}";
    private static final String TOPIC_EXAMPLE = "{\"topic\": \"ekonomi\"}";
    /** One JSON value and nothing after it: {@code {"question": "…"} }}} } is refused, not half-read. */
    private static final ObjectReader STRICT = KabarJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final AskService asker;
    private final Briefer briefer;
    private final WebMetrics metrics;
    private final Workers workers;

    AskRoutes(AskService asker, Briefer briefer, WebMetrics metrics, Workers workers) {
        this.asker = asker;
        this.briefer = briefer;
        this.metrics = metrics;
        this.workers = workers;
    }

    void ask(Context ctx) {
        JsonNode body = jsonBody(ctx, QUESTION_EXAMPLE);
        String question = question(body.path("question").isTextual() ? body.get("question").asText() : null);
        JsonNode conv = body.path("conversationId");
        String conversationId = conv.isMissingNode() || conv.isNull() ? null : conversationId(conv.asText());
        AskResult result = workers.call(() -> asker.ask(question, conversationId));
        metrics.answer(result);
        Json.send(ctx, 200, ResultJson.of(result));
    }

    /** Streams whatever the {@code Accept} header says: tokens as they come, then the result. */
    void stream(Context ctx) {
        String question = question(ctx.queryParam("question"));
        String conv = ctx.queryParam("conversationId");
        String conversationId = conv == null ? null : conversationId(conv);
        EventStream events = EventStream.open(ctx);
        AskResult result;
        try {
            result = workers.call(() -> asker.ask(question, conversationId, token -> {
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
                throw ApiException.badRequest("bad_topic", "topic must be a string: send " + TOPIC_EXAMPLE);
            }
            topic = t.isTextual() ? t.asText().strip() : "";
        }
        if (topic.length() > asker.maxQuestionChars()) {
            throw new ApiException(413, "topic_too_long", "the topic has " + topic.length()
                    + " characters; the limit is " + asker.maxQuestionChars() + ": shorten it");
        }
        String t = topic;
        Json.send(ctx, 200, BriefingJson.of(workers.call(() -> briefer.brief(t))));
    }

    /** The stripped question; 400 when missing or empty, 413 when over the configured length. */
    private String question(String raw) {
        String q = raw == null ? "" : raw.strip();
        if (q.isEmpty()) {
            throw ApiException.badRequest("bad_question",
                    "the question is missing or empty: send " + QUESTION_EXAMPLE);
        }
        if (q.length() > asker.maxQuestionChars()) {
            throw new ApiException(413, "question_too_long", "the question has " + q.length()
                    + " characters; the limit is " + asker.maxQuestionChars() + ": shorten it");
        }
        return q;
    }

    private static String conversationId(String id) {
        if (!CONVERSATION_ID.matcher(id).matches()) {
            throw ApiException.badRequest("bad_conversation_id",
                    "conversationId must be 1-100 letters, digits or . _ : -");
        }
        return id;
    }

    /** The body as one JSON object and nothing after it. */
    private static JsonNode jsonBody(Context ctx, String example) {
        byte[] bytes = RequestBody.json(ctx, RequestBody.MAX_BYTES);
        try {
            // bytes that are not UTF-8 become replacement characters, as a browser would show them
            JsonNode body = bytes.length == 0 ? null : STRICT.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("malformed_json", "the body must be a JSON object: send " + example);
            }
            return body;
        } catch (IOException e) {
            // a broken read limit (nesting depth, number length) comes without a location
            String where = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? " (line " + j.getLocation().getLineNr() + ")" : "";
            throw ApiException.badRequest("malformed_json", "the body is not valid JSON" + where + ": send " + example);
        }
    }
}
