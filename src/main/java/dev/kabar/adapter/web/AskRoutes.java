package dev.kabar.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.brief.Briefer;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.BriefingJson;
import dev.kabar.chat.AskService;
import dev.kabar.chat.ResultJson;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.regex.Pattern;

/** {@code POST /api/ask}, {@code GET /api/ask/stream} (server-sent events) and {@code POST /api/brief}. */
final class AskRoutes {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final AskService asker;
    private final Briefer briefer;
    private final WebMetrics metrics;

    AskRoutes(AskService asker, Briefer briefer, WebMetrics metrics) {
        this.asker = asker;
        this.briefer = briefer;
        this.metrics = metrics;
    }

    void ask(Context ctx) {
        JsonNode body = jsonBody(ctx);
        String question = question(body.path("question").isTextual() ? body.get("question").asText() : null);
        JsonNode conv = body.path("conversationId");
        String conversationId = conv.isMissingNode() || conv.isNull() ? null : conversationId(conv.asText());
        AskResult result = asker.ask(question, conversationId);
        metrics.answer(result);
        Json.send(ctx, 200, ResultJson.ask(result));
    }

    /** Runs before the stream opens, so bad input gets a plain JSON error rather than an event stream. */
    void validateStream(Context ctx) {
        question(ctx.queryParam("question"));
        String conv = ctx.queryParam("conversationId");
        if (conv != null) {
            conversationId(conv);
        }
    }

    void stream(SseClient client) {
        Context ctx = client.ctx();
        String question = question(ctx.queryParam("question"));
        String conv = ctx.queryParam("conversationId");
        AskResult result = asker.ask(question, conv == null ? null : conversationId(conv), token -> {
            ObjectNode t = ResultJson.mapper().createObjectNode();
            t.put("text", token);
            client.sendEvent("token", t.toString());
        });
        metrics.answer(result);
        client.sendEvent("result", ResultJson.ask(result).toString());
        client.close();
    }

    /** The body is optional: without one, or without a topic, a briefing on the whole collection. */
    void brief(Context ctx) {
        String topic = "";
        if (!ctx.body().isBlank()) {
            JsonNode t = jsonBody(ctx).path("topic");
            if (!t.isMissingNode() && !t.isNull() && !t.isTextual()) {
                throw ApiException.badRequest("bad_topic", "topic must be a string: send {\"topic\": \"pakta pertahanan\"}");
            }
            topic = t.isTextual() ? t.asText().strip() : "";
        }
        if (topic.length() > asker.maxQuestionChars()) {
            throw new ApiException(413, "topic_too_long", "the topic has " + topic.length()
                    + " characters; the limit is " + asker.maxQuestionChars() + ": shorten it");
        }
        Json.send(ctx, 200, BriefingJson.of(briefer.brief(topic)));
    }

    /** The stripped question; 400 when missing or empty, 413 when over the configured length. */
    private String question(String raw) {
        String q = raw == null ? "" : raw.strip();
        if (q.isEmpty()) {
            throw ApiException.badRequest("bad_question",
                    "the question is missing or empty: send {\"question\": \"Kapan pakta ditandatangani?\"}");
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

    private static JsonNode jsonBody(Context ctx) {
        try {
            JsonNode body = ResultJson.mapper().readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("malformed_json", "the body must be a JSON object: {\"question\": \"…\"}");
            }
            return body;
        } catch (JsonProcessingException e) {
            // a broken read limit (nesting depth, number length) comes without a location
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw ApiException.badRequest("malformed_json",
                    "the body is not valid JSON" + where + ": send {\"question\": \"…\"}");
        }
    }
}
