package dev.kabar.ingestion;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rebuilds running text from IndoSum's tokenised shape (paragraphs → sentences → tokens): one line
 * per paragraph, tokens joined by spaces except where written text has none — before
 * {@code . , ) : ; ! ? %}, after {@code (}, around {@code /}, and inside {@code "…"} pairs.
 */
public final class IndoSumText {

    private static final Set<String> NO_SPACE_BEFORE =
            Set.of(".", ",", ")", "]", ":", ";", "!", "?", "%", "”", "’", "/", "...", "…");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "“", "‘", "/");
    /** The longest entry of either set: most tokens are longer words, settled without a look-up. */
    private static final int LONGEST = Stream.concat(NO_SPACE_BEFORE.stream(), NO_SPACE_AFTER.stream())
            .mapToInt(String::length).max().orElse(0);

    private IndoSumText() {}

    /**
     * The text of the {@code paragraphs} array whose first token {@code parser} has just read, or
     * {@link Unreadable} when the shape is wrong.
     */
    static String read(JsonParser parser) throws IOException, Unreadable {
        expect(parser.currentToken());
        List<String> lines = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) { // paragraphs
            expect(parser.currentToken());
            tokens.clear();
            while (parser.nextToken() != JsonToken.END_ARRAY) { // sentences
                expect(parser.currentToken());
                while (parser.nextToken() != JsonToken.END_ARRAY) { // tokens
                    if (parser.currentToken() != JsonToken.VALUE_STRING) {
                        throw shape();
                    }
                    tokens.add(parser.getText());
                }
            }
            String line = detokenize(tokens);
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The text of an IndoSum {@code paragraphs} tree already parsed, one line per paragraph, or empty
     * when the shape is wrong.
     */
    public static Optional<String> text(JsonNode paragraphs) {
        try {
            return Optional.of(textOf(paragraphs));
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    private static String textOf(JsonNode paragraphs) throws Unreadable {
        if (paragraphs == null || !paragraphs.isArray()) {
            throw shape();
        }
        List<String> lines = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (JsonNode paragraph : paragraphs) {
            tokens.clear();
            for (JsonNode sentence : arrayOf(paragraph)) {
                for (JsonNode token : arrayOf(sentence)) {
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

    private static JsonNode arrayOf(JsonNode node) throws Unreadable {
        if (!node.isArray()) {
            throw shape();
        }
        return node;
    }

    private static void expect(JsonToken token) throws Unreadable {
        if (token != JsonToken.START_ARRAY) {
            throw shape();
        }
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
                glue = token.length() <= LONGEST && NO_SPACE_BEFORE.contains(token);
                glueAfter = token.length() <= LONGEST && NO_SPACE_AFTER.contains(token);
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
