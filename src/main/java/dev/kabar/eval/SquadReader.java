package dev.kabar.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SQuAD 2.0 JSON: the official {@code {"data":[{"paragraphs":[{context, qas}]}]}} form and
 * the bare list of {@code {context, qas}} paragraphs (IDK-MRC, TyDiQA as re-split by IDK-MRC).
 * A question without text, or an answerable one without answers, is skipped and counted. A
 * paragraph may name its text with {@code contextRef} instead ({@link ContextRefs}); when the
 * referenced file is not there, its questions are skipped and counted.
 */
public final class SquadReader {

    private static final String FORMAT = " — expected SQuAD 2.0 JSON: {\"data\":[{\"paragraphs\":[…]}]}"
            + " or a list of {\"context\", \"qas\"}";

    private final ObjectMapper json = new ObjectMapper();
    private final ContextRefs refs;

    /** A reader that resolves {@code contextRef} paragraphs under the default datasets root. */
    public SquadReader() {
        this(new ContextRefs(ContextRefs.DEFAULT_ROOT));
    }

    public SquadReader(ContextRefs refs) {
        this.refs = refs;
    }

    public QaDataset read(Path file) {
        JsonNode root = parse(file);
        List<JsonNode> paragraphs = paragraphs(root, file);
        ContextTable contexts = new ContextTable();
        List<QaItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int p = 0;
        for (JsonNode paragraph : paragraphs) {
            p++;
            String text = contextOf(paragraph, "paragraph " + p, skipped);
            if (text.isEmpty()) {
                continue;
            }
            int contextId = contexts.idOf(text);
            int q = 0;
            for (JsonNode qa : paragraph.path("qas")) {
                q++;
                readQuestion(qa, contextId, "paragraph " + p + " question " + q, items, skipped);
            }
        }
        return new QaDataset(contexts.texts(), items, skipped);
    }

    /** The paragraph's own {@code context}, or the text its {@code contextRef} names; empty when neither. */
    private String contextOf(JsonNode paragraph, String where, List<String> skipped) {
        JsonNode ref = paragraph.get("contextRef");
        if (ref != null && ref.isObject()) {
            ContextRefs.Resolved resolved = refs.resolve(ref);
            if (resolved.text().isBlank()) {
                skipped.add(where + ": " + resolved.problem() + "; its " + paragraph.path("qas").size()
                        + " questions are left out");
            }
            return resolved.text().strip();
        }
        JsonNode context = paragraph.get("context");
        if (context == null || !context.isTextual() || context.asText().isBlank()) {
            skipped.add(where + ": no \"context\" text; its questions are left out");
            return "";
        }
        return context.asText();
    }

    private static void readQuestion(JsonNode qa, int contextId, String where, List<QaItem> items,
            List<String> skipped) {
        String question = qa.path("question").asText("").strip();
        if (question.isEmpty()) {
            skipped.add(where + ": no \"question\" text");
            return;
        }
        boolean impossible = qa.path("is_impossible").asBoolean(false);
        List<String> answers = new ArrayList<>();
        for (JsonNode a : qa.path("answers")) {
            String text = a.path("text").asText("").strip();
            if (!text.isEmpty() && !answers.contains(text)) {
                answers.add(text);
            }
        }
        if (!impossible && answers.isEmpty()) {
            skipped.add(where + ": answerable but no \"answers\" text");
            return;
        }
        String id = qa.path("id").asText("").strip();
        items.add(new QaItem(id.isEmpty() ? where : id, question, contextId, impossible ? List.of() : answers,
                impossible));
    }

    private JsonNode parse(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return json.readTree(in);
        } catch (JacksonException e) {
            throw new DatasetException(file + " is not valid JSON (" + e.getOriginalMessage() + ")" + FORMAT, e);
        } catch (IOException e) {
            throw Datasets.unreadable(file, e);
        }
    }

    private static List<JsonNode> paragraphs(JsonNode root, Path file) {
        JsonNode top = root != null && root.isObject() ? root.get("data") : root;
        if (top == null || !top.isArray()) {
            throw new DatasetException(file + " has no list of paragraphs" + FORMAT);
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode entry : top) {
            if (entry.has("paragraphs")) {
                entry.get("paragraphs").forEach(out::add); // official form: articles of paragraphs
            } else if (entry.isObject()) {
                out.add(entry);
            }
        }
        if (!top.isEmpty() && out.isEmpty()) {
            throw new DatasetException(file + " holds no {\"context\", \"qas\"} paragraphs" + FORMAT);
        }
        return out;
    }
}
