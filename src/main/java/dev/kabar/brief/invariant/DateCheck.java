package dev.kabar.brief.invariant;

import dev.kabar.article.Article;
import dev.kabar.brief.Briefing;
import dev.kabar.text.CalendarWords;
import dev.kabar.text.Terms;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline date follows from the text: the expression is in the item's sentence, and each part of
 * the date is printed in it (a year, a month name or number, a day) or, for what is left out, comes
 * from an anchor — the article's publication date or a full date printed anywhere in the article,
 * else (an article with neither) the publication date of another article the briefing cites —
 * the way a reader would take it: a month without a year in the anchor's year or the year before, a
 * day and month within half a year of an anchor, a weekday alone within a week of one, "kemarin"
 * the day before one. A named weekday must be the date's weekday. Read independently of the
 * briefer's own date reading.
 */
final class DateCheck {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SLASH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(\\p{L}+)");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?!\\d)");
    private static final Pattern FULL = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(\\p{L}+)\\s+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern FULL_SLASH = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");
    private static final int NEAR_DAYS = 183;

    private DateCheck() {}

    /**
     * @param briefingDates the publication dates of the briefing's articles: the anchors of an
     *     article that has none of its own (the briefer reads such an article against the other
     *     reports of its story)
     */
    static boolean follows(Briefing.Event e, Article article, List<LocalDate> briefingDates) {
        if (!e.text().contains(e.expression())) {
            return false;
        }
        String[] parts = e.date().split("-");
        String x = e.expression();
        List<Integer> years = YEAR.matcher(x).results().map(m -> Integer.parseInt(m.group(1))).toList();
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return years.contains(year);
        }
        int month = Integer.parseInt(parts[1]);
        List<LocalDate> own = anchors(article);
        List<LocalDate> anchors = own.isEmpty() ? briefingDates : own;
        if (parts.length == 2) {
            return monthOf(x).filter(m -> m == month).isPresent() && (years.contains(year)
                    || years.isEmpty() && anchors.stream().anyMatch(a -> a.getYear() == year && month <= a.getMonthValue()
                            || a.getYear() == year + 1));
        }
        LocalDate date = LocalDate.of(year, month, Integer.parseInt(parts[2]));
        Optional<int[]> dayMonth = dayMonth(x);
        boolean printed = dayMonth.isPresent() && years.contains(year) && dayMonth.get()[0] == date.getDayOfMonth()
                && dayMonth.get()[1] == month;
        if (printed) {
            return true; // printed in full; a weekday printed with it that disagrees is the article's slip
        }
        Optional<DayOfWeek> weekday = Terms.scan(x).stream().map(t -> CalendarWords.weekday(t.folded()))
                .flatMap(Optional::stream).findFirst();
        if (weekday.isPresent() && weekday.get() != date.getDayOfWeek()) {
            return false;
        }
        if (dayMonth.isPresent()) {
            boolean same = dayMonth.get()[0] == date.getDayOfMonth() && dayMonth.get()[1] == month;
            return same && (years.contains(year) || years.isEmpty() && near(date, anchors, NEAR_DAYS));
        }
        if (!years.isEmpty()) {
            return false;
        }
        if (weekday.isPresent()) {
            return near(date, anchors, 7);
        }
        boolean yesterday = Terms.tokens(x).stream().anyMatch(w -> w.equals("kemarin") || w.equals("yesterday"));
        return yesterday && anchors.stream().anyMatch(a -> a.minusDays(1).equals(date));
    }

    private static boolean near(LocalDate date, List<LocalDate> anchors, int days) {
        return anchors.stream().anyMatch(a -> Math.abs(ChronoUnit.DAYS.between(a, date)) <= days);
    }

    private static Optional<Integer> monthOf(String x) {
        Optional<int[]> dm = dayMonth(x);
        if (dm.isPresent()) {
            return Optional.of(dm.get()[1]);
        }
        return Terms.scan(x).stream().filter(t -> t.surface().length() >= 3).map(t -> CalendarWords.month(t.folded()))
                .flatMap(Optional::stream).findFirst();
    }

    /** The day and month printed: {@code 19/6}, {@code 19 Juni}, {@code June 19}. */
    private static Optional<int[]> dayMonth(String x) {
        Matcher s = SLASH.matcher(x);
        if (s.find()) {
            return Optional.of(new int[] {Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2))});
        }
        Matcher d = DAY_MONTH.matcher(x);
        while (d.find()) {
            Optional<Integer> m = CalendarWords.month(Terms.fold(d.group(2)));
            if (m.isPresent()) {
                return Optional.of(new int[] {Integer.parseInt(d.group(1)), m.get()});
            }
        }
        Matcher e = MONTH_DAY.matcher(x);
        while (e.find()) {
            Optional<Integer> m = CalendarWords.month(Terms.fold(e.group(1)));
            if (m.isPresent()) {
                return Optional.of(new int[] {Integer.parseInt(e.group(2)), m.get()});
            }
        }
        return Optional.empty();
    }

    /** The publication date and every full date printed in the article. */
    static List<LocalDate> anchors(Article article) {
        List<LocalDate> out = new ArrayList<>();
        if (article.meta().published() != null) {
            out.add(article.meta().published());
        }
        Matcher m = FULL.matcher(article.text());
        while (m.find()) {
            Optional<Integer> month = CalendarWords.month(Terms.fold(m.group(2)));
            month.flatMap(mo -> date(Integer.parseInt(m.group(3)), mo, Integer.parseInt(m.group(1)))).ifPresent(out::add);
        }
        Matcher s = FULL_SLASH.matcher(article.text());
        while (s.find()) {
            date(Integer.parseInt(s.group(3)), Integer.parseInt(s.group(2)), Integer.parseInt(s.group(1))).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
