package dev.kabar.ingestion.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's schema.org article in JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}
 * and their kin), looked for in every {@code application/ld+json} script, inside {@code @graph} and
 * arrays. Scripts that are not valid JSON are skipped: sites ship broken ones.
 */
final class JsonLd {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_NODES = 2000;

    private JsonLd() {}

    /** The first article node on the page, if any. */
    static Optional<JsonNode> article(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(MAPPER.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                continue; // a broken script says nothing
            }
        }
        return nodes.stream().filter(JsonLd::isArticle).findFirst();
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null || into.size() > MAX_NODES) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
            collect(node.get("mainEntity"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        for (String type : texts(node.get("@type"))) {
            if (type.endsWith("Article") || type.endsWith("BlogPosting") || type.equals("Report")) {
                return true;
            }
        }
        return false;
    }

    /** A field's text: a string, or each string of an array. */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            });
        }
        return out;
    }

    /** A field's string value, or the {@code name} of the object it holds (the first of an array). */
    static Optional<String> name(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode n = node.isArray() && !node.isEmpty() ? node.get(0) : node;
        String text = n.isTextual() ? n.asText() : n.path("name").asText("");
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** Each name in a field that holds a person, a list of them, or plain strings. */
    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> name(n).ifPresent(out::add));
        } else {
            name(node).ifPresent(out::add);
        }
        return out;
    }

    static Optional<String> text(JsonNode article, String field) {
        JsonNode n = article.get(field);
        return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip()) : Optional.empty();
    }
}
