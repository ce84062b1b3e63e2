package dev.kabar.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that give a number its unit ({@code measure-words.txt}): units of time and counters of
 * people, and the words that ask for a duration ({@code lama}, {@code long}). An answer to "Berapa
 * lama …" holds a number with a unit of time, not "101 lantai".
 */
public final class MeasureWords {

    /** What a number measures. */
    public enum Measure {
        /** A span of time: "tiga hari", "2 tahun", "seminggu". */
        DURATION,
        /** A count of people: "14 orang", "200 personel". */
        PEOPLE
    }

    private static final Map<String, Set<String>> KINDS = kinds();

    private MeasureWords() {}

    private static Map<String, Set<String>> kinds() {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> row : WordFile.rows("measure-words.txt")) {
            out.computeIfAbsent(row.getFirst(), k -> new HashSet<>()).addAll(row.subList(1, row.size()));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static boolean in(String kind, String folded) {
        return KINDS.getOrDefault(kind, Set.of()).contains(folded);
    }

    /** What a number followed by {@code unit} (folded) measures, if {@code unit} is a known unit. */
    public static Optional<Measure> unit(String unit) {
        if (in("duration", unit)) {
            return Optional.of(Measure.DURATION);
        }
        return in("people", unit) ? Optional.of(Measure.PEOPLE) : Optional.empty();
    }

    /** Whether the folded word is a duration by itself ({@code sehari}, {@code seminggu}). */
    public static boolean durationAlone(String folded) {
        return in("duration-alone", folded);
    }

    /** Whether the folded word opens a span of time ({@code sejak}, {@code dari}, {@code from}). */
    public static boolean spanFrom(String folded) {
        return in("span-from", folded);
    }

    /** Whether the folded word closes a span of time ({@code sampai}, {@code hingga}, {@code until}). */
    public static boolean spanTo(String folded) {
        return in("span-to", folded);
    }

    /** Whether the folded word, after {@code berapa} or {@code how}, asks for a duration ({@code lama}, {@code long}). */
    public static boolean asksDuration(String folded) {
        return in("duration-question", folded);
    }
}
