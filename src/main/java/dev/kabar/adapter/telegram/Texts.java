package dev.kabar.adapter.telegram;

import dev.kabar.chat.Messages;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.text.Language;
import java.util.List;

/** The bot's own sentences as escaped HTML; the words come from {@link Messages} ({@code telegram.*}). */
final class Texts {

    private Texts() {}

    static String help(Language l, LibraryFacts f) {
        String range = f.from() == null ? "" : say(l, "telegram.help.published",
                f.from() + (f.to().equals(f.from()) ? "" : " – " + f.to()));
        String outlets = f.outlets().isEmpty() ? "" : " (" + String.join(", ", f.outlets()) + ")";
        return Html.bold(say(l, "telegram.help.title"))
                + "\n\n" + Html.escape(say(l, "telegram.help.reads", f.articles(), outlets, range))
                + "\n\n" + Html.bold(say(l, "telegram.help.examples-title"))
                + "\n" + Html.escape(say(l, "telegram.help.examples"))
                + "\n\n" + Html.escape(say(l, "telegram.help.commands"));
    }

    static String sources(Language l, List<ArticleSummary> articles) {
        StringBuilder sb = new StringBuilder(Html.bold(say(l, "telegram.articles", articles.size())));
        for (ArticleSummary a : articles) {
            String meta = AnswerRenderer.describe(a.meta());
            sb.append('\n').append(Html.escape("• " + a.meta().title() + (meta.isEmpty() ? "" : " — " + meta)));
        }
        return sb.toString();
    }

    /** One sentence from the bundle under {@code telegram.<name>}, escaped. */
    static String text(Language l, String name, Object... args) {
        return Html.escape(say(l, "telegram." + name, args));
    }

    static String reindexed(Language l, String summary, List<String> rejected) {
        StringBuilder b = new StringBuilder(text(l, "reindexed", summary));
        rejected.stream().limit(5).forEach(r -> b.append("\n• ").append(Html.escape(r)));
        if (rejected.size() > 5) {
            b.append("\n• …");
        }
        return b.toString();
    }

    /** Unescaped: a callback answer is shown as plain text. */
    static String plain(Language l, String name) {
        return say(l, "telegram." + name);
    }

    private static String say(Language l, String key, Object... args) {
        return Messages.text(l, key, args);
    }
}
