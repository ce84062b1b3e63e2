package dev.kabar.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds running text from IndoSum's tokenised shape (paragraphs → sentences → tokens): one line
 * per paragraph, tokens joined by spaces except where written text has none — before
 * {@code . , ) : ; ! ? %}, after {@code (}, around {@code /}, and inside {@code "…"} pairs.
 */
final class IndoSumText {

    private static final Set<String> NO_SPACE_BEFORE =
            Set.of(".", ",", ")", "]", ":", ";", "!", "?", "%", "”", "’", "/", "...", "…");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "“", "‘", "/");

    private IndoSumText() {}

    /** The text of {@code paragraphs}, or {@link Unreadable} when the shape is wrong. */
    static String of(JsonNode paragraphs) throws Unreadable {
        if (!paragraphs.isArray()) {
            throw shape();
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode paragraph : paragraphs) {
            if (!paragraph.isArray()) {
                throw shape();
            }
            List<String> tokens = new ArrayList<>();
            for (JsonNode sentence : paragraph) {
                if (!sentence.isArray()) {
                    throw shape();
                }
                for (JsonNode token : sentence) {
                    if (!token.isTextual()) {
                        throw shape();
                    }
                    tokens.add(token.asText());
                }
            }
            String line = detokenize(tokens);
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    static String detokenize(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        boolean glueNext = true;
        boolean inQuote = false;
        for (String token : tokens) {
            boolean glue;
            boolean glueAfter;
            if (token.equals("\"")) {
                glue = inQuote;
                glueAfter = !inQuote;
                inQuote = !inQuote;
            } else {
                glue = NO_SPACE_BEFORE.contains(token);
                glueAfter = NO_SPACE_AFTER.contains(token);
            }
            if (!glue && !glueNext) {
                out.append(' ');
            }
            out.append(token);
            glueNext = glueAfter;
        }
        return out.toString().strip();
    }

    private static Unreadable shape() {
        return new Unreadable("'paragraphs' must be a list of paragraphs, each a list of sentences of string tokens");
    }
}
