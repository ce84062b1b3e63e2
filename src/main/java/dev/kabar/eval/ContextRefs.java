package dev.kabar.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.ingestion.IndoSumText;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a paragraph's {@code "contextRef": {"file": "indosum_dev/dev.02.jsonl", "id": "…"}} to
 * the article's text, so a question set kept in the repository can ask about articles of a public
 * dataset without holding a copy of them. {@code file} is relative to the datasets root (by default
 * {@code ../shared/datasets}); the article is a JSONL line with that {@code id} and either a
 * {@code text} string or IndoSum's tokenised {@code paragraphs}.
 */
public final class ContextRefs {

    /** Where the public datasets live next to a checkout. */
    public static final Path DEFAULT_ROOT = Path.of("..", "shared", "datasets");

    private final ObjectMapper json = new ObjectMapper();
    private final Path root;
    private final Map<Path, Map<String, String>> files = new HashMap<>();

    public ContextRefs(Path root) {
        this.root = root;
    }

    /** The referenced text, or why it could not be had (as a sentence for the skipped list). */
    public Resolved resolve(JsonNode ref) {
        String file = ref.path("file").asText("").strip();
        String id = ref.path("id").asText("").strip();
        if (file.isEmpty() || id.isEmpty()) {
            return Resolved.missing("\"contextRef\" needs \"file\" and \"id\"");
        }
        Path path = root.resolve(file).normalize();
        if (!Files.isRegularFile(path)) {
            return Resolved.missing(path + " not found (set the datasets root with --datasets-root)");
        }
        Map<String, String> texts = files.computeIfAbsent(path, this::load);
        String text = texts.get(id);
        return text == null ? Resolved.missing("no article \"" + id + "\" with text in " + path) : new Resolved(text, "");
    }

    private Map<String, String> load(Path path) {
        Map<String, String> texts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = readLine(line);
                if (node == null || !node.path("id").isTextual()) {
                    continue;
                }
                textOf(node).ifPresent(t -> texts.put(node.get("id").asText(), t));
            }
        } catch (IOException e) {
            throw Datasets.unreadable(path, e);
        }
        return texts;
    }

    private JsonNode readLine(String line) {
        try {
            return json.readTree(line);
        } catch (JacksonException e) {
            return null; // a broken line is not the referenced article; the reference reports "no article"
        }
    }

    private static Optional<String> textOf(JsonNode node) {
        if (node.path("text").isTextual() && !node.get("text").asText().isBlank()) {
            return Optional.of(node.get("text").asText());
        }
        return node.has("paragraphs") ? IndoSumText.text(node.get("paragraphs")) : Optional.empty();
    }

    /** A resolved text, or an empty one with the reason it is missing. */
    public record Resolved(String text, String problem) {
        static Resolved missing(String problem) {
            return new Resolved("", problem);
        }
    }
}
