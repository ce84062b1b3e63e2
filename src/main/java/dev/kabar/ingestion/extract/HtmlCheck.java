package dev.kabar.ingestion.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells an HTML page from other text (JSON, a feed, a plain text file) before parsing it as one. */
final class HtmlCheck {

    private static final int LOOK_CHARS = 8192;
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|div|p|article|h1|section|main|span|table)[\\s>/]");

    private HtmlCheck() {}

    static void requireHtml(String text) throws ExtractionException {
        String head = text.substring(0, Math.min(text.length(), LOOK_CHARS)).toLowerCase(Locale.ROOT);
        if (head.isBlank()) {
            throw new ExtractionException("empty page — nothing to read");
        }
        if (!HTML_TAG.matcher(head).find()) {
            throw new ExtractionException("not an HTML page (no HTML tags at its start) — give the page's .html file or URL");
        }
    }
}
