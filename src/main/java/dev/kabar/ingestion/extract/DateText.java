package dev.kabar.ingestion.extract;

import dev.kabar.text.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from text: machine forms ({@code 2026-03-05T14:20:00+07:00},
 * {@code 2026-03-05 14:20}, {@code 2026/03/05}) and printed ones in Indonesian and English
 * ({@code Kamis, 5 Maret 2026 14:20 WIB}, {@code 5 Mar 2026}, {@code March 5, 2026 2:20 PM},
 * {@code Kamis (5/3/2026)}). A time without an offset or a zone word gives only the date.
 */
final class DateText {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final String TIME =
            "(?:[,|\\-–—\\s]+(?:pukul|jam|at|@)?\\s*(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(\\p{L}{2,4})?)?";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\d\\p{L}])(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern SLASHED = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})/(\\d{4})\\)");
    private final Map<String, ZoneOffset> zones;

    /** @param zones UTC offsets of the zone words printed after a time, keyed upper case */
    DateText(Map<String, ZoneOffset> zones) {
        this.zones = Map.copyOf(zones);
    }

    /** A machine-readable date as found in meta tags, JSON-LD and {@code datetime} attributes. */
    Optional<Published> machine(String value) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.lookingAt()) {
            return printed(value);
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (m.group(4) == null || m.group(7) == null) {
                return Optional.of(new Published.Day(date));
            }
            LocalTime time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
            return Optional.of(new Published.Moment(OffsetDateTime.of(date, time, offset(m.group(7)))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "2024-02-31": written, but not a date
        }
    }

    /** The first printed date in {@code text}. */
    Optional<Published> printed(String text) {
        Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            Optional<Published> p = build(dm.group(3), dm.group(2), dm.group(1), dm, 4);
            if (p.isPresent()) {
                return p;
            }
        }
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            Optional<Published> p = build(md.group(3), md.group(1), md.group(2), md, 4);
            if (p.isPresent()) {
                return p;
            }
        }
        Matcher s = SLASHED.matcher(text);
        if (s.find()) {
            try {
                return Optional.of(new Published.Day(LocalDate.of(num(s, 3), num(s, 2), num(s, 1))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Published> build(String year, String monthWord, String day, Matcher m, int timeGroup) {
        Optional<Integer> month = CalendarWords.month(monthWord);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month.get(), Integer.parseInt(day));
            ZoneOffset zone = m.group(timeGroup + 3) == null ? null
                    : zones.get(m.group(timeGroup + 3).toUpperCase(Locale.ROOT));
            if (m.group(timeGroup) == null || zone == null) {
                return Optional.of(new Published.Day(date));
            }
            int hour = Integer.parseInt(m.group(timeGroup));
            String ampm = m.group(timeGroup + 2);
            if (ampm != null) {
                hour = hour % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
            }
            LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group(timeGroup + 1)));
            return Optional.of(new Published.Moment(OffsetDateTime.of(date, time, zone)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String t = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
        return ZoneOffset.of(t);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
