package dev.kabar.ingestion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed publication date: {@code 20 June 2024}, {@code 20 Juni 2024}, {@code 20 Jun 2024},
 * {@code 5 Agu. 2024}, or ISO {@code 2024-06-20}. Anything else is unknown, never guessed.
 */
final class NewsDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");

    /** Indonesian and English month names and short forms, lower-case. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("pebruari", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("ags", 8),
            Map.entry("aug", 8), Map.entry("agt", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

    private NewsDate() {}

    static Optional<LocalDate> parse(String printed) {
        String text = printed.strip();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(text));
            }
            Matcher m = DAY_MONTH_YEAR.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month == null) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 Juni 2024": printed, but not a date
        }
    }
}
