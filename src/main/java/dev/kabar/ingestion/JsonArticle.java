package dev.kabar.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The fields of one JSONL object, type-checked. Two shapes are read: kabar's own ({@code id},
 * {@code text}, optional {@code title}, {@code url}, {@code outlet}, {@code published},
 * {@code language}) and IndoSum's ({@code id}, tokenised {@code paragraphs}, {@code source} as
 * outlet, {@code source_url} as url). A field present with the wrong type rejects the line.
 *
 * @param published the date as written (empty when absent); checked by the caller, which keeps the
 *     article without a date when it is not ISO {@code yyyy-MM-dd}
 */
record JsonArticle(
        String id, String text, String title, String url, String outlet, String published, String language) {

    static JsonArticle of(JsonNode node) throws Unreadable {
        if (!node.isObject()) {
            throw new Unreadable("expected a JSON object per line, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String id = string(node, "id");
        if (id.isBlank()) {
            throw new Unreadable("missing 'id' — every line needs a non-empty string id");
        }
        String text;
        if (node.hasNonNull("paragraphs")) {
            text = IndoSumText.of(node.get("paragraphs"));
        } else {
            text = string(node, "text");
        }
        if (text.isBlank()) {
            throw new Unreadable("missing 'text' — every line needs the article text (or IndoSum 'paragraphs')");
        }
        String outlet = string(node, "outlet");
        String url = string(node, "url");
        return new JsonArticle(
                id.strip(),
                text,
                string(node, "title"),
                url.isEmpty() ? string(node, "source_url") : url,
                outlet.isEmpty() ? string(node, "source") : outlet,
                string(node, "published").strip(),
                string(node, "language").strip());
    }

    /** The string field, empty when absent or null; {@link Unreadable} for any other type. */
    private static String string(JsonNode node, String field) throws Unreadable {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new Unreadable("'" + field + "' must be a string, got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.asText();
    }
}
