package dev.kabar.chat;

import dev.kabar.brief.Briefing;
import dev.kabar.text.Language;

/**
 * The words around a briefing — its title, section headings, coverage line — in the topic's
 * language, from {@link Messages}; shared by the text layouts of the adapters.
 */
public final class BriefingLabels {

    private BriefingLabels() {}

    public static String title(Briefing b) {
        return title(b.language(), b.topic());
    }

    /** "Ringkasan: {topic}", or the whole collection's title when the topic is empty. */
    public static String title(Language l, String topic) {
        return Messages.text(l, "brief.title", topic.isEmpty() ? Messages.text(l, "brief.whole-collection") : topic);
    }

    public static String keyPoints(Language l) {
        return Messages.text(l, "brief.key-points");
    }

    public static String quotes(Language l) {
        return Messages.text(l, "brief.quotes");
    }

    public static String reactions(Language l) {
        return Messages.text(l, "brief.reactions");
    }

    public static String timeline(Language l) {
        return Messages.text(l, "brief.timeline");
    }

    public static String differences(Language l) {
        return Messages.text(l, "brief.differences");
    }

    /** "12 artikel · outlets · first – last date", without a heading. */
    public static String coverageLine(Language l, Briefing.Coverage c) {
        StringBuilder sb = new StringBuilder(Messages.text(l, "brief.articles", c.articles()));
        if (!c.outlets().isEmpty()) {
            sb.append(" · ").append(String.join(", ", c.outlets()));
        }
        if (!c.from().isEmpty()) {
            sb.append(" · ").append(c.from().equals(c.to()) ? c.from() : c.from() + " – " + c.to());
        }
        return sb.toString();
    }

    /** "Cakupan: " and the coverage line. */
    public static String coverage(Briefing b) {
        return Messages.text(b.language(), "brief.coverage") + ": " + coverageLine(b.language(), b.coverage());
    }

    public static String sources(Language l) {
        return Messages.text(l, "answer.sources");
    }
}
