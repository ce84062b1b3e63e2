package dev.kabar.ingestion;

import dev.kabar.text.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed publication date: {@code 20 June 2024}, {@code 20 Juni 2024}, {@code 20 Jun 2024},
 * {@code 5 Agu. 2024}, or ISO {@code 2024-06-20}. Anything else is unknown, never guessed.
 */
final class NewsDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");

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
            Integer month = CalendarWords.month(m.group(2)).orElse(null);
            if (month == null) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 Juni 2024": printed, but not a date
        }
    }
}
