package dev.kabar.brief;

import dev.kabar.text.CalendarWords;
import dev.kabar.text.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a sentence and resolves them to ISO dates: full dates ({@code Rabu, 19
 * Juni 2024}, {@code June 19, 2024}, {@code Jumat (21/6/2024)}), and, against a reference date,
 * {@code Rabu (19/6)}, {@code pada hari Rabu} (that weekday on or before the reference), {@code
 * pada bulan Maret} (the latest March not after it), {@code kemarin}; plus years ({@code pada 1996},
 * {@code tahun 2019}, {@code sejak 2000}). Unresolvable expressions are skipped, never guessed.
 */
final class Dates {

    private static final String WEEKDAY = CalendarWords.weekdayGroup();
    private static final Pattern SLASHED = Pattern.compile(
            "(?i)\\b" + WEEKDAY + ",?\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(?:" + WEEKDAY + ",?\\s+)?(\\d{1,2})\\s+(\\p{L}{3,9})\\.?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b(\\p{L}{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(\\p{L}{3,9})\\s+((?:19|20)\\d{2})\\b");
    /** "pada Jumat" alone; "pada Jumat (29/9)" is read whole, or not at all. */
    private static final Pattern ON_WEEKDAY = Pattern.compile(
            "(?i)\\b(?:pada\\s+(?:hari\\s+)?|on\\s+)" + WEEKDAY + "\\b(?!,?\\s*\\(\\d)");
    private static final Pattern IN_MONTH = Pattern.compile("(?i)\\b(?:pada\\s+(?:bulan\\s+)?|bulan\\s+|in\\s+)(\\p{L}{3,9})\\b");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\b(kemarin|yesterday)\\b");
    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b(?:pada|tahun|sejak|since|in|hingga|sampai|era|year)\\s*(?:tahun\\s+)?((?:19|20)\\d{2})"
            + "((?:(?:,\\s*|\\s+dan\\s+|\\s+and\\s+|,\\s+dan\\s+)(?:19|20)\\d{2})*)\\b");

    /** "Undang-Undang Nomor 3 Tahun 2017", "Perpres No. 12 tahun 2023": a law's number, not a date. */
    private static final Pattern LAW_NUMBER = Pattern.compile("(?i)\\b(?:nomor|nomer|no\\.?|nr\\.?)\\s*\\d+[a-z]?\\s*$");

    /** How far from its reference a date without a year may lie: half a year. */
    private static final int NEAR_DAYS = 183;

    private Dates() {}

    /**
     * A cheap test that {@code tokens} may hold a date expression at all — a number, a month or
     * weekday name, "kemarin" — so the expressions are only looked for where they can be.
     */
    static boolean mayHoldDate(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.folded();
            if (Character.isDigit(w.charAt(0)) || Character.isDigit(w.charAt(w.length() - 1))
                    || CalendarWords.month(w).isPresent() || CalendarWords.weekday(w).isPresent()
                    || w.equals("kemarin") || w.equals("yesterday")) {
                return true;
            }
        }
        return false;
    }

    /** The absolute (reference-free) date expressions of {@code text}. */
    static List<When> absolute(String text) {
        return find(text, null);
    }

    /** Every date expression of {@code text}; relative ones only when {@code reference} is known. */
    static List<When> find(String text, LocalDate reference) {
        List<When> out = new ArrayList<>();
        slashed(text, reference, out);
        dayMonthYear(text, out);
        monthYear(text, out);
        if (reference != null) {
            weekdays(text, reference, out);
            months(text, reference, out);
            Matcher m = YESTERDAY.matcher(text);
            while (m.find()) {
                add(out, new When(reference.minusDays(1).toString(), 3, true, m.group(), m.start(), m.end()));
            }
        }
        years(text, out);
        out.sort(Comparator.comparingInt(When::start));
        return out;
    }

    private static void slashed(String text, LocalDate reference, List<When> out) {
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            boolean hasYear = m.group(4) != null;
            if (!hasYear && reference == null) {
                continue;
            }
            int day = Integer.parseInt(m.group(2));
            int month = Integer.parseInt(m.group(3));
            Optional<LocalDate> d = hasYear ? date(Integer.parseInt(m.group(4)), month, day)
                    : nearestWithWeekday(day, month, CalendarWords.weekday(m.group(1)).orElseThrow(), reference);
            d.ifPresent(resolved -> add(out, new When(resolved.toString(), 3, !hasYear, m.group(), m.start(), m.end())));
        }
    }

    /**
     * "Rabu (3/1)" read against a reference: the 3 January nearest to it that is a Wednesday, within
     * half a year — the weekday settles the year across a new year ("Rabu (3/1)" after a December
     * date is the next January). No such day near the reference: unresolved, not guessed.
     */
    private static Optional<LocalDate> nearestWithWeekday(int day, int month, DayOfWeek weekday, LocalDate reference) {
        Optional<LocalDate> best = Optional.empty();
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            Optional<LocalDate> d = date(year, month, day).filter(x -> x.getDayOfWeek() == weekday
                    && Math.abs(ChronoUnit.DAYS.between(reference, x)) <= NEAR_DAYS);
            if (d.isPresent() && (best.isEmpty() || distance(d.get(), reference) < distance(best.get(), reference))) {
                best = d;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static void dayMonthYear(String text, List<When> out) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Optional<Integer> month = CalendarWords.month(m.group(3));
            month.flatMap(mo -> date(Integer.parseInt(m.group(4)), mo, Integer.parseInt(m.group(2))))
                    .ifPresent(d -> add(out, new When(d.toString(), 3, false, m.group(), m.start(), m.end())));
        }
        Matcher e = MONTH_DAY_YEAR.matcher(text);
        while (e.find()) {
            Optional<Integer> month = CalendarWords.month(e.group(1));
            month.flatMap(mo -> date(Integer.parseInt(e.group(3)), mo, Integer.parseInt(e.group(2))))
                    .ifPresent(d -> add(out, new When(d.toString(), 3, false, e.group(), e.start(), e.end())));
        }
    }

    private static void monthYear(String text, List<When> out) {
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (fullMonth(m.group(1))) {
                int month = CalendarWords.month(m.group(1)).orElseThrow();
                String iso = m.group(2) + "-" + (month < 10 ? "0" : "") + month;
                add(out, new When(iso, 2, false, m.group(), m.start(), m.end()));
            }
        }
    }

    private static void weekdays(String text, LocalDate reference, List<When> out) {
        Matcher m = ON_WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek day = CalendarWords.weekday(m.group(1)).orElseThrow();
            LocalDate d = reference.with(TemporalAdjusters.previousOrSame(day));
            add(out, new When(d.toString(), 3, true, m.group(), m.start(), m.end()));
        }
    }

    private static void months(String text, LocalDate reference, List<When> out) {
        Matcher m = IN_MONTH.matcher(text);
        while (m.find()) {
            if (!fullMonth(m.group(1))) {
                continue;
            }
            int month = CalendarWords.month(m.group(1)).orElseThrow();
            int year = month <= reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
            String iso = year + "-" + (month < 10 ? "0" : "") + month;
            add(out, new When(iso, 2, true, m.group(), m.start(), m.end()));
        }
    }

    private static void years(String text, List<When> out) {
        Matcher m = YEARS.matcher(text);
        while (m.find()) {
            if (LAW_NUMBER.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                continue;
            }
            add(out, new When(m.group(1), 1, false, m.group(), m.start(), m.end()));
        }
    }

    /** Adds {@code w} unless a longer expression already covers its place. */
    private static void add(List<When> out, When w) {
        boolean overlaps = out.stream().anyMatch(o -> o.start() < w.end() && w.start() < o.end());
        if (!overlaps) {
            out.add(w);
        }
    }

    /** Whole month names only: short forms like "mar" or "may" are ordinary words too often. */
    private static boolean fullMonth(String word) {
        return CalendarWords.month(word).isPresent() && (word.length() >= 4 || word.equalsIgnoreCase("mei"));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // 31/6: printed, but not a date
        }
    }
}
