package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.KabarJson;
import io.javalin.http.Context;

/** Writes JSON responses with kabar's own mapper (the result JSON's field names are a contract). */
final class Json {

    private Json() {}

    /** @param body a JSON shape of {@code chat} (a record or a list of them) or a node */
    static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(KabarJson.write(body));
    }

    static ObjectNode error(String code, String message) {
        ObjectNode o = KabarJson.mapper().createObjectNode();
        o.put("error", code);
        o.put("message", message);
        return o;
    }
}
