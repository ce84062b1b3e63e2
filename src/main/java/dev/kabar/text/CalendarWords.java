package dev.kabar.text;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Month and weekday names as printed in Indonesian and English news, with their short forms. */
public final class CalendarWords {

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

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("senin", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("selasa", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("rabu", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("kamis", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("jumat", DayOfWeek.FRIDAY), Map.entry("jum'at", DayOfWeek.FRIDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sabtu", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("minggu", DayOfWeek.SUNDAY), Map.entry("ahad", DayOfWeek.SUNDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    private CalendarWords() {}

    /** The month number (1-12) of a month name or short form, any case. */
    public static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * A regular-expression group matching any weekday name (lower case; compile with
     * case-insensitivity), longest names first, so patterns know the same names as {@link #weekday}.
     */
    public static String weekdayGroup() {
        return WEEKDAYS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(", ")"));
    }

    /** The weekday of an Indonesian or English weekday name, any case. */
    public static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word.toLowerCase(Locale.ROOT)));
    }
}
