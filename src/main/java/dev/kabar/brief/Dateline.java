package dev.kabar.brief;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is left of a dateline at the start of an article's first sentence when ingestion did not cut
 * it all: a stray dash ({@code - Budi Santoso mengatakan} after {@code Kota, Outlet - -}), or a
 * whole dateline of a form the furniture rules do not know ({@code Outlet - …}, {@code NEGARA – …},
 * {@code OUTLET.NET, KOTA - …}, {@code Kota (Outlet) - …}). A briefing quotes the sentence from
 * after it, still verbatim in the passage.
 */
final class Dateline {

    private static final String NAME = "\\p{Lu}[\\p{L}\\d.]*(?:\\s+\\p{Lu}[\\p{L}\\d.]*){0,3}";
    private static final Pattern LEFT = Pattern.compile("^(?:[-–—]+\\s*|" + NAME
            + "(?:\\s*,\\s*[\\p{L}\\d.]+(?:\\s+[\\p{L}\\d.]+){0,2}|\\s*\\([^()]{2,30}\\))?\\s*[-–—]{1,2}(?:\\s+[-–—])?\\s+)"
            + "(?=[\\p{Lu}\\d“\"‘])");

    private Dateline() {}

    /** {@code sentence} without a dateline left at its start. */
    static String strip(String sentence) {
        Matcher m = LEFT.matcher(sentence);
        return m.find() ? sentence.substring(m.end()).strip() : sentence;
    }
}
