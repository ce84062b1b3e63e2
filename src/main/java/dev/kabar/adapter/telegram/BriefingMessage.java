package dev.kabar.adapter.telegram;

import dev.kabar.answer.Citation;
import dev.kabar.brief.Briefing;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A briefing laid out for a phone: bold section headings, short bullet lines with their {@code [n]}
 * numbers, and a compact source list. Long briefings are split by the {@link Outbox}.
 */
final class BriefingMessage {

    private static final int MAX_ITEM = 220;

    private final Lang lang;

    BriefingMessage(Lang lang) {
        this.lang = lang;
    }

    String html(Briefing b) {
        String topic = b.topic().isEmpty() ? lang.pick("seluruh koleksi", "the whole collection") : b.topic();
        StringBuilder sb = new StringBuilder(Html.bold(lang.pick("Ringkasan: ", "Briefing: ") + topic));
        if (!b.found()) {
            return sb.append('\n').append(Html.escape(b.note())).toString();
        }
        sb.append('\n').append(Html.escape(coverage(b.coverage())));
        section(sb, lang.pick("Poin utama", "Key points"), b.keyPoints().stream()
                .map(p -> Html.escape(shortly(p.text())) + refs(p.citations())).toList());
        section(sb, lang.pick("Siapa berkata apa", "Who said what"), b.quotes().stream()
                .map(q -> Html.bold(q.speaker()) + Html.escape((q.role().isEmpty() ? "" : " (" + q.role() + ")")
                        + ": “" + shortly(q.quote()) + "”") + refs(q.citations())).toList());
        section(sb, lang.pick("Reaksi", "Reactions"), b.reactions().stream()
                .map(r -> Html.bold(r.party()) + Html.escape(" — " + shortly(r.text())) + refs(r.citations())).toList());
        section(sb, lang.pick("Linimasa", "Timeline"), b.timeline().stream()
                .map(e -> Html.bold(e.date()) + " " + Html.escape(shortly(e.text())) + refs(e.citations())).toList());
        section(sb, lang.pick("Perbedaan antarsumber", "Where sources differ"), b.differences().stream()
                .map(d -> Html.escape(d.about() + ":") + d.versions().stream()
                        .map(v -> "\n   – " + Html.bold(v.detail()) + refs(v.citations()) + Html.escape(": " + shortly(v.text())))
                        .collect(Collectors.joining())).toList());
        sb.append("\n\n").append(Html.bold(lang.pick("Sumber", "Sources")));
        for (Citation c : b.citations()) {
            String meta = AnswerRenderer.describe(c.article());
            String title = c.article().title().isBlank() ? c.article().id() : c.article().title();
            sb.append('\n').append(Html.escape("[" + c.n() + "] " + (meta.isEmpty() ? "" : meta + " — ") + title));
        }
        return sb.toString();
    }

    private String coverage(Briefing.Coverage c) {
        String s = c.articles() + lang.pick(" artikel", " articles");
        if (!c.outlets().isEmpty()) {
            s += " · " + String.join(", ", c.outlets());
        }
        if (!c.from().isEmpty()) {
            s += " · " + (c.from().equals(c.to()) ? c.from() : c.from() + " – " + c.to());
        }
        return s;
    }

    private static void section(StringBuilder sb, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("\n\n").append(Html.bold(heading));
        items.forEach(i -> sb.append("\n• ").append(i));
    }

    /** Long sentences cut for a phone screen; the whole passage is one tap away in the sources. */
    private static String shortly(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_ITEM ? flat : flat.substring(0, MAX_ITEM - 1) + "…";
    }

    private static String refs(List<Integer> citations) {
        return citations.stream().map(n -> "[" + n + "]").collect(Collectors.joining("", " ", ""));
    }
}
