package dev.kabar.answer;

import dev.kabar.answer.SentenceScorer.Scored;
import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks of whether the evidence has the shape of an answer to this question rather than to a near
 * neighbour of it: a question that swaps one name, word or year of an answerable one is matched by
 * a sentence holding all its terms but that one, or holding a name only in part.
 */
final class AnswerShape {

    /** Frame words that still say which one is asked: the first or the last is not any. */
    private static final Set<String> ORDER_WORDS = Set.of("pertama", "terakhir", "mulai", "first", "last");

    private AnswerShape() {}

    /** How close together the sentence holds the question's terms (1 when adjacent; see {@link SentenceScorer#proximity}). */
    static double proximity(QuestionProfile q, Scored sentence) {
        List<List<Integer>> positions = new ArrayList<>();
        for (KeyTerm t : q.terms()) {
            if (t.kind() != KeyTerm.Kind.SOFT && sentence.strengths().containsKey(t)) {
                positions.add(t.matchIn(sentence.candidate().stems()).positions());
            }
        }
        positions.removeIf(List::isEmpty);
        return SentenceScorer.proximity(positions);
    }

    /**
     * Share of the question's adjacent content-word pairs (stopwords skipped) that the sentence
     * also has side by side: a paraphrase keeps the phrases, a swapped word breaks two of them.
     */
    static double pairShare(QuestionProfile q, Candidate sentence) {
        List<String> asked = new ArrayList<>();
        for (String folded : Terms.tokens(q.question())) {
            if (!StopWords.contains(folded)) {
                asked.add(IndonesianStemmer.stem(folded));
            }
        }
        List<String> said = new ArrayList<>();
        for (int i = 0; i < sentence.stems().size(); i++) {
            if (!StopWords.contains(sentence.tokens().get(i).folded())) {
                said.add(sentence.stems().get(i));
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < said.size(); i++) {
            pairs.add(said.get(i - 1) + " " + said.get(i));
        }
        int n = asked.size() - 1;
        long held = java.util.stream.IntStream.range(1, asked.size())
                .filter(i -> pairs.contains(asked.get(i - 1) + " " + asked.get(i))).count();
        return n <= 0 ? 1 : held / (double) n;
    }

    /** Whether the question asks for the first or last of something and the sentences never say which. */
    static boolean orderUnstated(QuestionProfile q, List<Scored> chosen) {
        return q.terms().stream()
                .filter(t -> t.kind() == KeyTerm.Kind.SOFT && ORDER_WORDS.contains(Terms.fold(t.text())))
                .anyMatch(t -> chosen.stream().noneMatch(s -> t.matchIn(s.candidate().stems()).found()));
    }

    /**
     * The weakest match, within the chosen sentences, of the question's names and numbers: 1 when
     * each occurs whole (or there are none), less when one is only partly there ({@code John Winston
     * Lynon} asked, {@code John Winston Lennon} written).
     */
    static double weakestRequired(QuestionProfile q, List<Scored> chosen) {
        double weakest = 1;
        for (KeyTerm t : q.requiredTerms()) {
            double best = chosen.stream().mapToDouble(s -> s.strengths().getOrDefault(t, 0.0)).max().orElse(0);
            weakest = Math.min(weakest, best);
        }
        return weakest;
    }

    /** How many of the question's terms (soft ones aside) the sentence lacks or holds only in part. */
    static int lacking(QuestionProfile q, Scored sentence) {
        int n = 0;
        for (KeyTerm t : q.terms()) {
            if (t.kind() != KeyTerm.Kind.SOFT && sentence.strengths().getOrDefault(t, 0.0) < 1) {
                n++;
            }
        }
        return n;
    }

    /** Whether the question asks for a kind of answer (a date, number, person or place) the sentences can show. */
    static boolean typed(QuestionProfile q) {
        return switch (q.type()) {
            case TIME, NUMBER, PERSON, PLACE -> true;
            default -> false;
        };
    }

    /** Whether one of the sentences holds the kind of answer a typed question asks for. */
    static boolean answerTypeIn(QuestionProfile q, List<Scored> sentences) {
        return typed(q) && sentences.stream().anyMatch(s -> AnswerTypeCues.present(q, s.candidate()));
    }
}
