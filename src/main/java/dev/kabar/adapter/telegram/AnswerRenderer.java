package dev.kabar.adapter.telegram;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.Messages;
import dev.kabar.text.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an answer for Telegram: the escaped answer text with its {@code [n]} markers, a compact
 * source list (outlet, date, title — linked to the passage in the web chat when a public URL is
 * configured), and a button per citation whose callback shows the quoted passage.
 */
final class AnswerRenderer {

    /** Telegram's limit on callback data. */
    static final int MAX_CALLBACK_BYTES = 64;
    static final String PASSAGE_PREFIX = "p:";

    private final String publicUrl;

    AnswerRenderer(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    Reply answer(AskResult result, Language lang) {
        Answer answer = result.answer();
        StringBuilder html = new StringBuilder(Html.escape(answer.text()));
        List<Citation> citations = answer.citations();
        if (!citations.isEmpty()) {
            html.append("\n\n").append(Html.bold(Messages.text(lang,
                    answer.grounded() ? "answer.sources" : "answer.closest")));
            for (Citation c : citations) {
                html.append('\n').append(sourceLine(c));
            }
        }
        return new Reply(html.toString(), buttons(citations));
    }

    /** The full passage behind a citation button. */
    String passage(ArticleMeta meta, Passage passage) {
        return Html.bold(meta.title()) + "\n" + Html.escape(describe(meta)) + "\n\n" + Html.escape(passage.text())
                + (publicUrl.isEmpty() ? "" : "\n\n" + Html.link(passageUrl(passage), "↗"));
    }

    private String sourceLine(Citation c) {
        String title = c.article().title().isBlank() ? c.article().id() : c.article().title();
        String head = "[" + c.n() + "] " + describe(c.article());
        String titled = publicUrl.isEmpty() ? Html.escape(title) : Html.link(passageUrl(c.passage()), title);
        return Html.escape(head) + (head.endsWith(" ") ? "" : " — ") + titled;
    }

    private String passageUrl(Passage p) {
        return publicUrl + "/a/" + p.articleId() + "#p" + p.ordinal();
    }

    static String describe(ArticleMeta meta) {
        List<String> parts = new ArrayList<>();
        if (!meta.outlet().isBlank()) {
            parts.add(meta.outlet());
        }
        if (meta.published() != null) {
            parts.add(meta.publishedIso());
        }
        return String.join(", ", parts);
    }

    private static List<Reply.Button> buttons(List<Citation> citations) {
        List<Reply.Button> buttons = new ArrayList<>();
        for (Citation c : citations) {
            String data = PASSAGE_PREFIX + c.passage().id();
            if (data.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES) {
                buttons.add(new Reply.Button("[" + c.n() + "]", data));
            }
        }
        return buttons;
    }
}
