package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Bot API request's parameters, however the client sent them: JSON, a URL-encoded or a multipart form. */
final class BotApiRequests {

    private BotApiRequests() {}

    static JsonNode parse(HttpExchange ex, ObjectMapper json) throws IOException {
        byte[] raw = ex.getRequestBody().readAllBytes();
        String ct = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
        String s = new String(raw, StandardCharsets.UTF_8);
        if (s.isBlank()) {
            return json.createObjectNode();
        }
        if (ct.contains("json")) {
            return json.readTree(s);
        }
        if (ct.contains("multipart/form-data")) {
            return multipart(json, s, ct.substring(ct.indexOf("boundary=") + "boundary=".length()));
        }
        ObjectNode form = json.createObjectNode();
        for (String pair : s.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    /** Text fields of a multipart form (how the client sends setWebhook). */
    private static ObjectNode multipart(ObjectMapper json, String body, String boundary) {
        ObjectNode form = json.createObjectNode();
        for (String part : body.split("--" + Pattern.quote(boundary.replace("\"", "")))) {
            Matcher m = Pattern.compile("name=\"([^\"]+)\"[^\\r\\n]*\\r?\\n"
                    + "(?:[^\\r\\n]+\\r?\\n)*\\r?\\n(.*?)\\r?\\n?$", Pattern.DOTALL).matcher(part);
            if (m.find()) {
                form.put(m.group(1), m.group(2));
            }
        }
        return form;
    }
}
