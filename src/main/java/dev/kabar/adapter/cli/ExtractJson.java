package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.ResultJson;
import dev.kabar.ingestion.extract.ExtractedArticle;
import dev.kabar.ingestion.extract.Published;
import java.io.PrintWriter;

/** How {@code kabar extract} prints an article: one JSON line, or a summary for a person. */
final class ExtractJson {

    private static final int PREVIEW_CHARS = 300;

    private ExtractJson() {}

    /** {@code {"source", "url", "title", "text", "byline", "published", "outlet", "language"}}, unknown as null. */
    static String article(String source, ExtractedArticle a) {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("source", source);
        o.put("url", orNull(a.url()));
        o.put("title", orNull(a.title()));
        o.put("text", orNull(a.text()));
        o.put("byline", orNull(a.byline()));
        o.put("published", a.published().map(Published::iso).orElse(null));
        o.put("outlet", orNull(a.outlet()));
        o.put("language", orNull(a.language()));
        return o.toString();
    }

    static String error(String source, String message) {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("source", source);
        o.put("error", message);
        return o.toString();
    }

    static void summary(PrintWriter out, String source, ExtractedArticle a) {
        out.println(source);
        out.println("  title:     " + orDash(a.title()));
        out.println("  url:       " + orDash(a.url()));
        out.println("  byline:    " + orDash(a.byline()));
        out.println("  published: " + a.published().map(Published::iso).orElse("-"));
        out.println("  outlet:    " + orDash(a.outlet()));
        out.println("  language:  " + orDash(a.language()));
        String text = a.text();
        out.println("  text:      " + a.paragraphs().size() + " paragraphs, " + text.split("\\s+").length + " words");
        out.println("  " + AnswerPrinter.abbreviate(text.replace("\n\n", " ¶ "), PREVIEW_CHARS));
        out.println();
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
