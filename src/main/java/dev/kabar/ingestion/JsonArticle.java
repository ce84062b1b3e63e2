package dev.kabar.ingestion;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one JSONL object, type-checked. Two shapes are read: kabar's own ({@code id},
 * {@code text}, optional {@code title}, {@code url}, {@code outlet}, {@code published},
 * {@code language}) and IndoSum's ({@code id}, tokenised {@code paragraphs}, {@code source} as
 * outlet, {@code source_url} as url). A field present with the wrong type rejects the line.
 *
 * <p>Read with Jackson's streaming parser: fields kabar does not use (IndoSum's tokenised
 * {@code summary}, its labels) are skipped without building a tree of them. When a field is
 * repeated, its last value counts.
 *
 * @param published the date as written (empty when absent); checked by the caller, which keeps the
 *     article without a date when it is not ISO {@code yyyy-MM-dd}
 */
record JsonArticle(
        String id, String text, String title, String url, String outlet, String published, String language) {

    private static final Set<String> STRINGS =
            Set.of("id", "text", "title", "url", "outlet", "published", "language", "source", "source_url");

    /** Reads the one object {@code parser} is positioned before. */
    static JsonArticle read(JsonParser parser) throws IOException, Unreadable {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new Unreadable("expected a JSON object per line, got " + kind(first));
        }
        Map<String, String> strings = new HashMap<>();
        String paragraphs = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (STRINGS.contains(field)) {
                strings.put(field, string(parser, field, value));
            } else if (field.equals("paragraphs")) {
                paragraphs = value == JsonToken.VALUE_NULL ? null : IndoSumText.read(parser);
            } else {
                parser.skipChildren();
            }
        }
        return of(strings, paragraphs);
    }

    private static JsonArticle of(Map<String, String> fields, String paragraphs) throws Unreadable {
        String id = fields.getOrDefault("id", "");
        if (id.isBlank()) {
            throw new Unreadable("missing 'id' — every line needs a non-empty string id");
        }
        String text = paragraphs != null ? paragraphs : fields.getOrDefault("text", "");
        if (text.isBlank()) {
            throw new Unreadable("missing 'text' — every line needs the article text (or IndoSum 'paragraphs')");
        }
        String outlet = fields.getOrDefault("outlet", "");
        String url = fields.getOrDefault("url", "");
        return new JsonArticle(
                id.strip(),
                text,
                fields.getOrDefault("title", ""),
                url.isEmpty() ? fields.getOrDefault("source_url", "") : url,
                outlet.isEmpty() ? fields.getOrDefault("source", "") : outlet,
                fields.getOrDefault("published", "").strip(),
                fields.getOrDefault("language", "").strip());
    }

    /** The string value, empty when null; {@link Unreadable} for any other type. */
    private static String string(JsonParser parser, String field, JsonToken value) throws IOException, Unreadable {
        return switch (value) {
            case VALUE_NULL -> "";
            case VALUE_STRING -> parser.getText();
            default -> throw new Unreadable("'" + field + "' must be a string, got " + kind(value));
        };
    }

    /** The JSON kind of a value starting with {@code token}, as a reader would name it. */
    static String kind(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }
}
