package dev.kabar.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The words that make a name in a question its source, ask for an author, or ask for the articles
 * of a date ({@code source-cues.txt}): see that file for each kind. Every list is lower case.
 */
public final class SourceCues {

    private static final List<List<String>> ROWS = WordFile.lines("source-cues.txt").stream()
            .map(l -> l.split("\\s+", 2))
            .filter(p -> p.length == 2)
            .map(p -> List.of(p[0], p[1].strip().toLowerCase(Locale.ROOT)))
            .toList();

    private SourceCues() {}

    /** Words before an outlet name that make it the source, longest first. */
    public static List<String> before() {
        return of("before");
    }

    /** Words after an outlet name that make it the source, longest first. */
    public static List<String> after() {
        return of("after");
    }

    /** Words that ask who wrote, longest first. */
    public static List<String> author() {
        return of("author");
    }

    /** Question words that ask who ({@code siapa}, {@code who}). */
    public static List<String> asker() {
        return of("asker");
    }

    /** Words naming a news item ({@code laporan}, {@code report}). */
    public static List<String> news() {
        return of("news");
    }

    /** Words before an author's name that ask for what they wrote ({@code tulisan}, {@code by}), longest first. */
    public static List<String> by() {
        return of("by");
    }

    /** Words before a date that ask for the articles of that date, longest first. */
    public static List<String> dated() {
        return of("dated");
    }

    private static List<String> of(String kind) {
        return ROWS.stream().filter(r -> r.getFirst().equals(kind)).map(r -> r.get(1))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .toList();
    }
}
