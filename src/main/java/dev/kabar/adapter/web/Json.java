package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.ResultJson;
import io.javalin.http.Context;

/** Writes JSON responses with kabar's own mapper (the result JSON's field names are a contract). */
final class Json {

    private Json() {}

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    static ObjectNode error(String code, String message) {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("error", code);
        o.put("message", message);
        return o;
    }
}
