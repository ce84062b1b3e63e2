package dev.kabar.adapter.cli;

import dev.kabar.chat.KabarJson;
import dev.kabar.ingestion.extract.ExtractedArticle;
import dev.kabar.ingestion.extract.Published;
import java.io.PrintWriter;

/**
 * How {@code kabar extract} prints an article: one JSON line ({@link Line}, or {@link Failure} for a
 * source that could not be read), or a summary for a person.
 */
final class ExtractJson {

    private static final int PREVIEW_CHARS = 300;

    private ExtractJson() {}

    /** One source's article; what the page does not say is null. */
    record Line(String source, String url, String title, String text, String byline, String published, String outlet,
            String language) {

        static Line of(String source, ExtractedArticle a) {
            return new Line(source, orNull(a.url()), orNull(a.title()), orNull(a.text()), orNull(a.byline()),
                    a.published().map(Published::iso).orElse(null), orNull(a.outlet()), orNull(a.language()));
        }
    }

    /** A source that could not be read, and why. */
    record Failure(String source, String error) {}

    static String article(String source, ExtractedArticle a) {
        return KabarJson.write(Line.of(source, a));
    }

    static String error(String source, String message) {
        return KabarJson.write(new Failure(source, message));
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
