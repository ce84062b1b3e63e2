package dev.kabar.answer.question;

import dev.kabar.retrieval.SourceFilter;
import dev.kabar.text.CalendarWords;
import dev.kabar.text.Outlets;
import dev.kabar.text.SourceCues;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the source a question names: an outlet next to a cue word ("Menurut IDN Times, …", "What
 * did Reuters report …", "laporan Reuters"), a publication day after a cue ("berita tanggal 20
 * Juni", "news from 20 June"), and whether it asks who wrote. An outlet counts only when it is
 * one of the loaded articles', one the outlet list knows, or shaped like a web domain
 * ({@code wartakota.co.id}): "Menurut teori relativitas, …" names no source. The cue words are in
 * {@code text/source-cues.txt}. Stateless and thread-safe.
 */
public final class SourceQuestions {

    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![\\p{L}\\d.])[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|co\\.id|co|id|net|org|news)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\d.-]*(?<!\\.)");
    private static final String MONTHS = CalendarWords.monthNames().stream().map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    /** "20 Juni [2024]", "June 20[, 2024]", "20/06[/2024]", with an optional weekday and "on"/"pada" before. */
    private static final Pattern DATE = Pattern.compile("(?iu)^\\s*(?:on\\s+|pada\\s+|tanggal\\s+)?(?:"
            + CalendarWords.weekdayGroup() + ",?\\s+)?(?:(?<d1>\\d{1,2})\\s+(?<m1>" + MONTHS + ")\\.?(?:\\s+(?<y1>\\d{4}))?"
            + "|(?<m2>" + MONTHS + ")\\.?\\s+(?<d2>\\d{1,2})(?:,?\\s+(?<y2>\\d{4}))?"
            + "|(?<d3>\\d{1,2})/(?<m3>\\d{1,2})(?:/(?<y3>\\d{4}))?)(?![\\p{L}\\d])");

    /** What a question names as its source; {@code loadedOutlets} are the outlets of the loaded articles, as printed. */
    public SourceQuestion read(String question, Collection<String> loadedOutlets) {
        return read(question, loadedOutlets, List.of(), LocalDate.now());
    }

    /** As {@link #read(String, Collection, Collection, LocalDate)}, knowing no authors. */
    public SourceQuestion read(String question, Collection<String> loadedOutlets, LocalDate today) {
        return read(question, loadedOutlets, List.of(), today);
    }

    /**
     * What a question names as its source, with "hari ini" / "kemarin" read against {@code today}
     * (in the zone the news is dated in).
     *
     * @param loadedAuthors the authors of the loaded articles' bylines: "tulisan Sari Dewi" names
     *     one of them as the source
     */
    public SourceQuestion read(String question, Collection<String> loadedOutlets, Collection<String> loadedAuthors,
            LocalDate today) {
        SourceQuestion named = named(question, loadedOutlets, loadedAuthors);
        Optional<RecentQuestions.Recent> recent = RecentQuestions.read(named.content(), today);
        if (recent.isEmpty()) {
            return named;
        }
        RecentQuestions.Recent r = recent.get();
        SourceFilter filter = named.filter();
        String source = named.source();
        if (r.day() != null && filter.day() == null) { // a printed date wins over "kemarin"
            filter = filter.on(MonthDay.from(r.day()), r.day().getYear());
            source = source.isEmpty() ? r.said() : source + ", " + r.said();
        }
        SourceQuestion.Recency recency = r.day() == null ? SourceQuestion.Recency.NEWEST : SourceQuestion.Recency.DAY;
        return new SourceQuestion(r.rest(), filter, source, named.asksAuthor(), recency);
    }

    private SourceQuestion named(String question, Collection<String> loadedOutlets, Collection<String> loadedAuthors) {
        StringBuilder content = new StringBuilder(question);
        String source = "";
        SourceFilter filter = SourceFilter.NONE;
        Optional<Mention> outlet = outlet(question, loadedOutlets);
        if (outlet.isPresent()) {
            Mention m = outlet.get();
            content.replace(m.start(), m.end(), " ");
            filter = SourceFilter.outlet(m.name());
            source = m.name(); // as the reader wrote it
        }
        Optional<Mention> date = date(content.toString());
        if (date.isPresent()) {
            Mention d = date.get();
            content.replace(d.start(), d.end(), " ");
            filter = filter.on(d.day(), d.year());
            source = source.isEmpty() ? d.name() : source + ", " + d.name();
        }
        Optional<Mention> writer = byAuthor(content.toString(), loadedAuthors);
        if (writer.isPresent()) {
            Mention w = writer.get();
            content.replace(w.start(), w.end(), " ");
            filter = filter.by(w.name());
            source = source.isEmpty() ? w.name() : source + ", " + w.name();
        }
        String rest = tidy(content.toString());
        boolean author = asksAuthor(question, outlet.isPresent());
        if (filter.isNone() && !author) {
            return SourceQuestion.plain(question);
        }
        return new SourceQuestion(rest, filter, source, author);
    }

    /**
     * A span of the question naming a source, cue words included.
     *
     * @param name the outlet or the date as printed
     */
    private record Mention(int start, int end, String name, MonthDay day, int year) {}

    private Optional<Mention> outlet(String question, Collection<String> loaded) {
        List<String> names = new ArrayList<>(loaded.stream().filter(n -> !n.isBlank()).map(String::strip).toList());
        names.addAll(Outlets.printedNames());
        Matcher domains = DOMAIN.matcher(question);
        while (domains.find()) {
            names.add(domains.group());
        }
        names.addAll(loadedSpellings(question, loaded));
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            for (int at = question.indexOf(name); at >= 0; at = question.indexOf(name, at + 1)) {
                Optional<Mention> m = cued(question, at, at + name.length(), name);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs of up to four capitalised words of the question that name a loaded outlet in another
     * spelling: "Warta Kota" for an outlet printed {@code WARTAKOTA.com} (their keys agree).
     */
    private static List<String> loadedSpellings(String question, Collection<String> loaded) {
        Set<String> keys = loaded.stream().map(Outlets::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        Matcher word = CAPITALISED.matcher(question);
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = i; j < Math.min(words.size(), i + 4); j++) {
                if (j > i && !question.substring(words.get(j - 1)[1], words.get(j)[0]).equals(" ")) {
                    break;
                }
                String span = question.substring(words.get(i)[0], words.get(j)[1]);
                if (keys.contains(Outlets.key(span))) {
                    out.add(span);
                }
            }
        }
        return out;
    }

    /** The mention with its cue words, when a cue stands right before or after the name. */
    private static Optional<Mention> cued(String q, int start, int end, String name) {
        if (!wordEdge(q, start - 1) || !wordEdge(q, end) && !q.startsWith("'s", end)) {
            return Optional.empty();
        }
        String lower = q.toLowerCase(Locale.ROOT);
        int from = start;
        String head = lower.substring(0, start).stripTrailing();
        if (head.endsWith(" the") || head.equals("the")) {
            head = head.substring(0, head.length() - 3).stripTrailing();
        }
        for (String cue : SourceCues.before()) {
            if (head.endsWith(cue) && wordEdge(lower, head.length() - cue.length() - 1)) {
                from = head.length() - cue.length();
                break;
            }
        }
        int to = end + (q.startsWith("'s", end) ? 2 : 0);
        String tail = lower.substring(to);
        String trimmed = tail.stripLeading();
        for (String cue : SourceCues.after()) {
            if (trimmed.startsWith(cue) && wordEdge(trimmed, cue.length())) {
                to += tail.length() - trimmed.length() + cue.length();
                break;
            }
        }
        if (from == start && to <= end + 2) {
            return Optional.empty();
        }
        if (from == start && head.length() < lower.substring(0, start).stripTrailing().length()) {
            from = head.length(); // "the Reuters report": the article goes with the name
        }
        return Optional.of(new Mention(from, to, name, null, 0));
    }

    /** An author of the loaded articles right after a cue ("tulisan Sari Dewi", "articles by Josh Smith"), cue included. */
    private static Optional<Mention> byAuthor(String text, Collection<String> authors) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> names = authors.stream().filter(a -> !a.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
                if (!wordEdge(lower, at - 1) || !wordEdge(lower, at + key.length())) {
                    continue;
                }
                String head = lower.substring(0, at).stripTrailing();
                for (String cue : SourceCues.by()) {
                    if (head.endsWith(cue) && wordEdge(head, head.length() - cue.length() - 1)) {
                        return Optional.of(new Mention(head.length() - cue.length(), at + key.length(),
                                text.substring(at, at + key.length()), null, 0));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> date(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : SourceCues.dated()) {
            for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
                int after = at + cue.length();
                if (!wordEdge(lower, at - 1) || !wordEdge(lower, after)) {
                    continue;
                }
                Matcher m = DATE.matcher(text.substring(after));
                if (m.find()) {
                    Optional<Mention> d = day(m, at, after + m.end());
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> day(Matcher m, int start, int end) {
        try {
            int set = m.group("d1") != null ? 1 : m.group("d2") != null ? 2 : 3;
            String monthText = m.group("m" + set);
            int month = set == 3 ? Integer.parseInt(monthText) : CalendarWords.month(monthText).orElseThrow();
            MonthDay day = MonthDay.of(month, Integer.parseInt(m.group("d" + set)));
            String year = m.group("y" + set);
            String printed = m.group().strip().replaceFirst("(?iu)^(?:on|pada|tanggal)\\s+", "");
            return Optional.of(new Mention(start, end, printed, day, year == null ? 0 : Integer.parseInt(year)));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 Juni": no such day
        }
    }

    private static boolean asksAuthor(String question, boolean namesOutlet) {
        List<String> words = List.of(question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"));
        return words.stream().anyMatch(SourceCues.asker()::contains)
                && words.stream().anyMatch(SourceCues.author()::contains)
                && (namesOutlet || words.stream().anyMatch(SourceCues.news()::contains));
    }

    /** The question's remaining words: single spaces, no stray comma or colon at the start. */
    static String tidy(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("\\s+([,.?!:;])", "$1").replaceFirst("^[\\s,;:]+", "").strip();
    }

    /** Whether position {@code i} is outside the text or not a letter or digit: a word ends there. */
    static boolean wordEdge(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
