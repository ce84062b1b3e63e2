package dev.kabar.text;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that give a number its unit ({@code measure-words.txt}): units of time, counters of
 * people, currencies and units of length, and the words that ask for each ({@code lama},
 * {@code long}, {@code jauh}, {@code dana}). An answer to "Berapa
 * lama …" holds a number with a unit of time, not "101 lantai".
 */
public final class MeasureWords {

    /** What a number measures. */
    public enum Measure {
        /** A span of time: "tiga hari", "2 tahun", "seminggu". */
        DURATION,
        /** A count of people: "14 orang", "200 personel". */
        PEOPLE,
        /** An amount of money: "5 juta rupiah", "Rp 5 juta", "200 juta poundsterling". */
        MONEY,
        /** A length, height, depth or distance: "dua kilometer", "300 cm". */
        LENGTH
    }

    private static final Map<String, Set<String>> KINDS = WordFile.kinds("measure-words.txt");

    private MeasureWords() {}

    private static boolean in(String kind, String folded) {
        return KINDS.getOrDefault(kind, Set.of()).contains(folded);
    }

    /** What a number followed by {@code unit} (folded) measures, if {@code unit} is a known unit. */
    public static Optional<Measure> unit(String unit) {
        if (in("duration", unit)) {
            return Optional.of(Measure.DURATION);
        }
        if (in("people", unit)) {
            return Optional.of(Measure.PEOPLE);
        }
        if (in("money", unit)) {
            return Optional.of(Measure.MONEY);
        }
        return in("length", unit) ? Optional.of(Measure.LENGTH) : Optional.empty();
    }

    /** Whether the folded word is a currency written before its number ({@code Rp}, {@code USD}). */
    public static boolean currencyBefore(String folded) {
        return in("money-before", folded);
    }

    /**
     * What a question word after {@code berapa} or {@code how} asks to measure: {@code lama}/{@code long}
     * and {@code old}/{@code usia} a duration, {@code jauh}/{@code far} a length, {@code dana}/{@code money}
     * an amount of money; empty for any other word.
     */
    public static Optional<Measure> asked(String folded) {
        if (in("duration-question", folded) || in("age-question", folded)) {
            return Optional.of(Measure.DURATION);
        }
        if (in("length-question", folded)) {
            return Optional.of(Measure.LENGTH);
        }
        return in("money-question", folded) ? Optional.of(Measure.MONEY) : Optional.empty();
    }

    /** Whether the folded word pays or costs ({@code pay}, {@code spent}): "how much" with it asks for money. */
    public static boolean paying(String folded) {
        return in("money-verbs", folded);
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
