package dev.kabar.answer.llm;

import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The prompts, kept as resources under {@code prompts/}: a system part and a user template
 * separated by a line {@code ---}, with {@code {{name}}} placeholders.
 */
public final class PromptTemplates {

    private record Template(String system, String user) {
        List<ChatMessage> render(Map<String, String> values) {
            String u = user;
            for (Map.Entry<String, String> e : values.entrySet()) {
                u = u.replace("{{" + e.getKey() + "}}", e.getValue());
            }
            return List.of(SystemMessage.from(system), UserMessage.from(u));
        }
    }

    /** Bracketed numbers inside article text would read as citation markers. */
    private static final Pattern BRACKETED_NUMBER = Pattern.compile("\\[(\\d{1,4})]");

    private final Template answerId = load("answer-id.txt");
    private final Template answerEn = load("answer-en.txt");
    private final Template rewrite = load("rewrite.txt");
    private final Template expand = load("expand.txt");

    /** The answer prompt: passages numbered {@code [1]..[k]} in {@code hits} order, with outlet and date. */
    public List<ChatMessage> answer(String question, Language language, List<Hit> hits) {
        Template t = language == Language.EN ? answerEn : answerId;
        String tag = language == Language.EN ? "passage" : "potongan";
        StringBuilder passages = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            passages.append('[').append(i + 1).append("] ").append(source(h)).append('\n')
                    .append('<').append(tag).append('>')
                    .append(BRACKETED_NUMBER.matcher(h.passage().text()).replaceAll("($1)"))
                    .append("</").append(tag).append(">\n\n");
        }
        return t.render(Map.of("passages", passages.toString().strip(), "question", question));
    }

    public List<ChatMessage> rewrite(List<String> previous, String followUp) {
        StringBuilder history = new StringBuilder();
        previous.forEach(q -> history.append("- ").append(q).append('\n'));
        return rewrite.render(Map.of("history", history.toString().strip(), "question", followUp));
    }

    public List<ChatMessage> expand(String question) {
        return expand.render(Map.of("question", question));
    }

    private static String source(Hit h) {
        String outlet = h.article().outlet().isEmpty() ? "?" : h.article().outlet();
        String date = h.article().publishedIso().isEmpty() ? "tanggal tidak diketahui" : h.article().publishedIso();
        return outlet + ", " + date + " — " + h.article().title();
    }

    private static Template load(String name) {
        try (InputStream in = PromptTemplates.class.getResourceAsStream("/prompts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("prompt resource /prompts/" + name + " is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int cut = text.indexOf("\n---\n");
            if (cut < 0) {
                throw new IllegalStateException("prompt /prompts/" + name + " needs a '---' line between system and user parts");
            }
            return new Template(text.substring(0, cut).strip(), text.substring(cut + 5).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt /prompts/" + name + ": " + e.getMessage(), e);
        }
    }
}
