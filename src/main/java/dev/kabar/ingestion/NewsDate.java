package dev.kabar.ingestion;

import dev.kabar.text.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed publication date: {@code 20 June 2024}, {@code 20 Juni 2024}, {@code 20 Jun 2024},
 * {@code 5 Agu. 2024}, {@code June 20, 2024}, {@code 05/03/2025} (day first, as Indonesian outlets
 * print it), or ISO {@code 2024-06-20}. Anything else is unknown, never guessed.
 */
final class NewsDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),\\s+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private NewsDate() {}

    static Optional<LocalDate> parse(String printed) {
        String text = printed.strip();
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(text));
            }
            Matcher m = NUMERIC.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(number(m, 3), number(m, 2), number(m, 1)));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return date(number(m, 3), m.group(2), number(m, 1));
            }
            m = MONTH_DAY_YEAR.matcher(text);
            return m.matches() ? date(number(m, 3), m.group(1), number(m, 2)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 Juni 2024": printed, but not a date
        }
    }

    private static Optional<LocalDate> date(int year, String monthName, int day) {
        return CalendarWords.month(monthName).map(month -> LocalDate.of(year, month, day));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
