package dev.kabar.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.answer.Answer;
import dev.kabar.text.Terms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The golden set ({@code golden/questions.jsonl}) and what counts as answering one of its questions. */
public final class GoldenQuestions {

    private GoldenQuestions() {}

    /** The questions in file order, each with {@code question}, {@code answerable}, {@code expect}, {@code articles}. */
    public static List<JsonNode> all() {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("src/test/resources/golden/questions.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Grounded, holding one of the expected phrases, and citing one of the expected articles. */
    public static boolean answers(JsonNode q, Answer answer) {
        if (!answer.grounded()) {
            return false;
        }
        String text = Terms.fold(answer.text());
        boolean phrase = false;
        for (JsonNode e : q.get("expect")) {
            phrase |= text.contains(Terms.fold(e.asText()));
        }
        Set<String> articles = new HashSet<>();
        q.get("articles").forEach(a -> articles.add(a.asText()));
        return phrase && answer.citations().stream().anyMatch(c -> articles.contains(c.article().id()));
    }
}
