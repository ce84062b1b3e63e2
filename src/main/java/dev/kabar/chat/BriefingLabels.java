package dev.kabar.chat;

import dev.kabar.brief.Briefing;
import dev.kabar.text.Language;

/** Section headings of a briefing in the topic's language, shared by the text layouts of the adapters. */
public final class BriefingLabels {

    private BriefingLabels() {}

    public static String title(Briefing b) {
        boolean en = b.language() == Language.EN;
        if (b.topic().isEmpty()) {
            return en ? "Briefing: the whole collection" : "Ringkasan: seluruh koleksi";
        }
        return (en ? "Briefing: " : "Ringkasan: ") + b.topic();
    }

    public static String keyPoints(Language l) {
        return l == Language.EN ? "Key points" : "Poin utama";
    }

    public static String quotes(Language l) {
        return l == Language.EN ? "Who said what" : "Siapa berkata apa";
    }

    public static String reactions(Language l) {
        return l == Language.EN ? "Reactions" : "Reaksi";
    }

    public static String timeline(Language l) {
        return l == Language.EN ? "Timeline" : "Linimasa";
    }

    public static String differences(Language l) {
        return l == Language.EN ? "Where sources differ" : "Perbedaan antarsumber";
    }

    public static String coverage(Briefing b) {
        boolean en = b.language() == Language.EN;
        Briefing.Coverage c = b.coverage();
        StringBuilder sb = new StringBuilder(en ? "Coverage: " : "Cakupan: ");
        sb.append(c.articles()).append(en ? " articles" : " artikel");
        if (!c.outlets().isEmpty()) {
            sb.append(" · ").append(String.join(", ", c.outlets()));
        }
        if (!c.from().isEmpty()) {
            sb.append(" · ").append(c.from().equals(c.to()) ? c.from() : c.from() + " – " + c.to());
        }
        return sb.toString();
    }

    public static String sources(Language l) {
        return l == Language.EN ? "Sources" : "Sumber";
    }
}
