package dev.kabar.text;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month and weekday names as printed in Indonesian and English news, with their short forms
 * ({@code months.txt}, {@code weekdays.txt}).
 */
public final class CalendarWords {

    private static final Map<String, Integer> MONTHS = names("months.txt", Integer::valueOf);
    private static final Map<String, DayOfWeek> WEEKDAYS = names("weekdays.txt", DayOfWeek::valueOf);

    private CalendarWords() {}

    private static <T> Map<String, T> names(String file, Function<String, T> key) {
        Map<String, T> out = new LinkedHashMap<>();
        for (List<String> row : WordFile.rows(file)) {
            T value = key.apply(row.getFirst());
            row.subList(1, row.size()).forEach(name -> out.put(name, value));
        }
        return Map.copyOf(out);
    }

    /** The month number (1-12) of a month name or short form, any case. */
    public static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The weekday of an Indonesian or English weekday name, any case. */
    public static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Every month name and short form, lower case, longest first (the order a pattern wants). */
    public static List<String> monthNames() {
        return longestFirst(MONTHS);
    }

    /** Every weekday name, lower case, longest first. */
    public static List<String> weekdayNames() {
        return longestFirst(WEEKDAYS);
    }

    /**
     * A regular-expression group matching any weekday name (lower case; compile with
     * case-insensitivity), longest names first, so patterns know the same names as {@link #weekday}.
     */
    public static String weekdayGroup() {
        return weekdayNames().stream().map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
    }

    private static List<String> longestFirst(Map<String, ?> names) {
        return names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .toList();
    }
}
