package dev.kabar.adapter.cli;

import dev.kabar.answer.Citation;
import dev.kabar.brief.Briefing;
import dev.kabar.chat.BriefingLabels;
import dev.kabar.text.Language;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** A briefing laid out for a terminal: headed sections, citation numbers, then the sources. */
final class BriefingPrinter {

    private BriefingPrinter() {}

    static void print(PrintWriter out, Briefing b) {
        Language l = b.language();
        out.println(BriefingLabels.title(b));
        if (!b.found()) {
            out.println(b.note());
            return;
        }
        out.println(BriefingLabels.coverage(b));
        section(out, BriefingLabels.keyPoints(l), b.keyPoints().stream()
                .map(p -> "• " + p.text() + refs(p.citations())).toList());
        section(out, BriefingLabels.quotes(l), b.quotes().stream()
                .map(q -> "• " + q.speaker() + (q.role().isEmpty() ? "" : " (" + q.role() + ")") + ": “" + q.quote()
                        + "”" + refs(q.citations())).toList());
        section(out, BriefingLabels.reactions(l), b.reactions().stream()
                .map(r -> "• " + r.party() + " — " + r.text() + refs(r.citations())).toList());
        section(out, BriefingLabels.timeline(l), b.timeline().stream()
                .map(e -> "• " + e.date() + "  " + e.text() + refs(e.citations())).toList());
        section(out, BriefingLabels.differences(l), b.differences().stream()
                .map(d -> "• " + d.about() + "\n" + d.versions().stream()
                        .map(v -> "    – " + v.detail() + refs(v.citations()) + ": " + v.text())
                        .collect(Collectors.joining("\n"))).toList());
        out.println();
        out.println(BriefingLabels.sources(l) + ":");
        for (Citation c : b.citations()) {
            out.println("[" + c.n() + "] " + AnswerPrinter.source(c.article().outlet(), c.article().publishedIso(),
                    c.article().title()) + "  (" + c.passage().id() + ")");
        }
    }

    private static void section(PrintWriter out, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        lines.forEach(out::println);
    }

    static String refs(List<Integer> citations) {
        return citations.stream().map(n -> "[" + n + "]").collect(Collectors.joining("", " ", ""));
    }
}
