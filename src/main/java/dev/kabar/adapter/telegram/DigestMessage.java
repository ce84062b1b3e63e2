package dev.kabar.adapter.telegram;

import dev.kabar.digest.DigestEntry;
import dev.kabar.text.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A digest as Telegram HTML: a heading with the date in {@code digest.zone}, then per article its
 * title (a link to its passage when kabar has a public address), outlet and date, and its key point
 * cited {@code [n]}. Split only at Telegram's limit, by the outbox.
 */
final class DigestMessage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);

    private final String publicUrl;

    DigestMessage(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    String html(List<DigestEntry> entries, Language l, LocalDate today, String topic) {
        StringBuilder b = new StringBuilder("<b>" + Texts.text(l, topic.isBlank() ? "digest-title" : "digest-title-topic",
                entries.size(), DAY.format(today), topic) + "</b>");
        int n = 1;
        for (DigestEntry e : entries) {
            String title = e.title().isBlank() ? e.articleId() : e.title();
            String url = publicUrl + "/a/" + e.articleId() + "#p" + e.ordinal();
            String meta = (e.outlet().isBlank() ? "" : e.outlet()) + e.published().map(d -> (e.outlet().isBlank() ? ""
                    : ", ") + DAY.format(d)).orElse("");
            b.append("\n\n").append(publicUrl.isEmpty() ? Html.bold(title) : "<b>" + Html.link(url, title) + "</b>");
            if (!meta.isEmpty()) {
                b.append('\n').append(Html.escape(meta));
            }
            b.append('\n').append(Html.escape(e.keyPoint() + " [" + n++ + "]"));
        }
        return b.toString();
    }

    static LocalDate today(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone);
    }
}
