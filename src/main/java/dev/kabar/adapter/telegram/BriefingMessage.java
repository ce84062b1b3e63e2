package dev.kabar.adapter.telegram;

import dev.kabar.answer.Citation;
import dev.kabar.brief.Briefing;
import dev.kabar.chat.BriefingLabels;
import dev.kabar.text.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A briefing laid out for a phone: bold section headings, short bullet lines with their {@code [n]}
 * numbers, and a compact source list. Long briefings are split by the {@link Outbox}.
 */
final class BriefingMessage {

    private static final int MAX_ITEM = 220;

    private final Language lang;

    BriefingMessage(Language lang) {
        this.lang = lang;
    }

    String html(Briefing b) {
        StringBuilder sb = new StringBuilder(Html.bold(BriefingLabels.title(lang, b.topic())));
        if (!b.found()) {
            return sb.append('\n').append(Html.escape(b.note())).toString();
        }
        sb.append('\n').append(Html.escape(BriefingLabels.coverageLine(lang, b.coverage())));
        section(sb, BriefingLabels.keyPoints(lang), b.keyPoints().stream()
                .map(p -> Html.escape(shortly(p.text())) + refs(p.citations())).toList());
        section(sb, BriefingLabels.quotes(lang), b.quotes().stream()
                .map(q -> Html.bold(q.speaker()) + Html.escape((q.role().isEmpty() ? "" : " (" + q.role() + ")")
                        + ": “" + shortly(q.quote()) + "”") + refs(q.citations())).toList());
        section(sb, BriefingLabels.reactions(lang), b.reactions().stream()
                .map(r -> Html.bold(r.party()) + Html.escape(" — " + shortly(r.text())) + refs(r.citations())).toList());
        section(sb, BriefingLabels.timeline(lang), b.timeline().stream()
                .map(e -> Html.bold(e.date()) + " " + Html.escape(shortly(e.text())) + refs(e.citations())).toList());
        section(sb, BriefingLabels.differences(lang), b.differences().stream()
                .map(d -> Html.escape(d.about() + ":") + d.versions().stream()
                        .map(v -> "\n   – " + Html.bold(v.detail()) + refs(v.citations()) + Html.escape(": " + shortly(v.text())))
                        .collect(Collectors.joining())).toList());
        sb.append("\n\n").append(Html.bold(BriefingLabels.sources(lang)));
        for (Citation c : b.citations()) {
            String meta = AnswerRenderer.describe(c.article());
            String title = c.article().title().isBlank() ? c.article().id() : c.article().title();
            sb.append('\n').append(Html.escape("[" + c.n() + "] " + (meta.isEmpty() ? "" : meta + " — ") + title));
        }
        return sb.toString();
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
