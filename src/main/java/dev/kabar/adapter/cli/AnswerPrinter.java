package dev.kabar.adapter.cli;

import dev.kabar.answer.Citation;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.Messages;
import dev.kabar.retrieval.Hit;
import java.io.PrintWriter;
import java.util.List;

/** Human-readable rendering of answers and search results for a terminal. */
final class AnswerPrinter {

    private AnswerPrinter() {}

    static void answer(PrintWriter out, AskResult r) {
        out.println(r.answer().text());
        List<Citation> cites = r.answer().citations();
        if (!cites.isEmpty()) {
            out.println();
            out.println(r.answer().grounded() ? sourcesLabel(r) : closestLabel(r));
        }
        for (Citation c : cites) {
            out.println("[" + c.n() + "] " + source(c.article().outlet(), c.article().publishedIso(),
                    c.article().title()) + "  (" + c.passage().id() + ")");
            if (!c.quote().isBlank()) { // a "who wrote" answer cites the article, quoting no sentence
                out.println("    > " + c.quote().replaceAll("\\s+", " "));
            }
        }
    }

    static void hits(PrintWriter out, List<Hit> hits) {
        if (hits.isEmpty()) {
            out.println("No passages match.");
        }
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            out.printf("%2d. %.3f  %s  %s%n", i + 1, h.score(), h.passage().id(),
                    source(h.article().outlet(), h.article().publishedIso(), h.article().title()));
            out.println("    " + abbreviate(h.passage().text(), 240));
        }
    }

    static String source(String outlet, String date, String title) {
        StringBuilder sb = new StringBuilder();
        if (!outlet.isEmpty()) {
            sb.append(outlet).append(" · ");
        }
        if (!date.isEmpty()) {
            sb.append(date).append(" · ");
        }
        return sb.append(title).toString();
    }

    static String abbreviate(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static String sourcesLabel(AskResult r) {
        return Messages.text(r.language(), "answer.sources") + ":";
    }

    private static String closestLabel(AskResult r) {
        return Messages.text(r.language(), "answer.closest") + ":";
    }
}
