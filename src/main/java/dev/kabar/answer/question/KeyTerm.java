package dev.kabar.answer.question;

import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.NameWords;
import dev.kabar.text.StopWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Something a passage must say to answer a question: a name, a number or a content word, with its
 * spellings (alias variants) as stemmed token sequences.
 *
 * @param text the term as written in the question, for messages such as {@code missing:India}
 * @param variants stemmed token sequences, any of which counts as the term
 */
public record KeyTerm(String text, Kind kind, List<List<String>> variants) {

    /** What sort of term, and so how much it weighs. */
    public enum Kind {
        /** A named entity: must appear in the evidence. */
        ENTITY(3.0),
        /** A number or year: must appear in the evidence. */
        NUMBER(3.0),
        /** A content word. */
        CONTENT(1.0),
        /**
         * A content word of an English question with no Indonesian alias, or a word framing what is
         * asked ({@code nama}, {@code letak}): it cannot be expected in the passages, so it only
         * nudges scores and never counts against coverage.
         */
        SOFT(0.3);

        private final double weight;

        Kind(double weight) {
            this.weight = weight;
        }

        public double weight() {
            return weight;
        }
    }

    public KeyTerm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        variants = variants.stream().map(List::copyOf).toList();
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a key term needs at least one variant: " + text);
        }
    }

    /** Question words about what someone said or how they reacted: a saying verb answers them. */
    private static final Set<String> SAYING_QUESTION_STEMS = Stream.of(
                    "kata", "mengatakan", "berkata", "pernyataan", "tanggapan", "reaksi", "respons", "komentar",
                    "sikap", "say", "said", "says", "react", "reacted", "reaction", "response", "respond",
                    "responded", "comment", "statement")
            .map(IndonesianStemmer::stem)
            .collect(Collectors.toSet());

    /** Whether the term asks what was said or how someone reacted ({@code kata}, {@code reaksi}, {@code say}). */
    public boolean asksForSaying() {
        return variants.stream().anyMatch(v -> v.size() == 1 && SAYING_QUESTION_STEMS.contains(v.getFirst()));
    }

    /** Whether the term must be found in the evidence for the question to be answered. */
    public boolean required() {
        return kind == Kind.ENTITY || kind == Kind.NUMBER;
    }

    /**
     * How strongly {@code stems} contain this term: 1 when a variant occurs as a whole. A content
     * phrase whose words are all present but apart ({@code perjanjian kerja sama dagang} for
     * {@code perjanjian dagang}) counts by the share of its words found. A name of several words
     * counts when at least half of its identifying words (titles and kinds of place aside, see
     * {@link NameWords}) are there: articles shorten names ({@code Kiai Haji Achmad Abdul Hamid
     * Kendal} as {@code KH Achmad Abdul Hamid}, {@code Santa Clotilda} as {@code Clotilda}),
     * while {@code Kabupaten Mantan Barat} does not pass for {@code Kabupaten Pasaman Barat}, nor a
     * grammatical word ({@code yang} of a place spelled in two parts) for a name: it identifies no one.
     */
    public TermMatch matchIn(List<String> stems) {
        TermMatch best = TermMatch.NONE;
        for (List<String> variant : variants) {
            List<Integer> at = occurrences(variant, stems);
            if (!at.isEmpty()) {
                return new TermMatch(1.0, at);
            }
            if (!required() && variant.size() > 1) {
                TermMatch partial = partial(variant, stems);
                best = partial.strength() > best.strength() ? partial : best;
            } else if (kind == Kind.ENTITY && variant.size() > 1) {
                TermMatch partial = partialName(variant, stems);
                best = partial.strength() > best.strength() ? partial : best;
            }
        }
        return best;
    }

    private static List<Integer> occurrences(List<String> phrase, List<String> stems) {
        List<Integer> at = List.of();
        for (int i = 0; i + phrase.size() <= stems.size(); i++) {
            if (startsAt(phrase, stems, i)) {
                if (at.isEmpty()) {
                    at = new ArrayList<>();
                }
                at.add(i);
            }
        }
        return at;
    }

    private static boolean startsAt(List<String> phrase, List<String> stems, int i) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!stems.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static TermMatch partialName(List<String> name, List<String> stems) {
        List<String> identifying = new ArrayList<>();
        for (int i = 0; i < name.size(); i++) {
            if (!NameWords.isGeneric(name.get(i)) && !StopWords.contains(name.get(i))) {
                identifying.add(name.get(i));
            }
        }
        if (identifying.isEmpty()) {
            return TermMatch.NONE;
        }
        long found = identifying.stream().filter(stems::contains).count();
        return 2 * found >= identifying.size() && found > 0 ? partial(name, stems) : TermMatch.NONE;
    }

    private static TermMatch partial(List<String> phrase, List<String> stems) {
        List<Integer> at = new ArrayList<>();
        int found = 0;
        for (String word : phrase) {
            int i = stems.indexOf(word);
            if (i >= 0) {
                found++;
                at.add(i);
            }
        }
        return found == 0 ? TermMatch.NONE : new TermMatch(0.8 * found / phrase.size(), at);
    }

    /** Where and how strongly a term was found; {@code positions} are token indexes. */
    public record TermMatch(double strength, List<Integer> positions) {
        static final TermMatch NONE = new TermMatch(0, List.of());

        public TermMatch {
            positions = List.copyOf(positions);
        }

        public boolean found() {
            return strength > 0;
        }
    }
}
