package dev.kabar.answer.extractive;

import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.answer.question.QuestionType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cheap, generic features of each sentence read for a question, for the learned
 * {@link SentenceChooser}: how much of the question it and its neighbours hold, how close the
 * matched words stand, whether it holds the kind of answer asked for, where it stands in its
 * passage, how its passage ranked, and its length. Computed once per answer over the sentences
 * already scored; every value lies roughly within [-1, 1].
 */
final class SentenceFeatures {

    /** Feature names, in order; the model resource names its weights the same way. */
    static final List<String> NAMES = List.of(
            "coverage", "nameShare", "contentShare", "proximity", "typedDateNumber", "typedNamePlace",
            "typedOther", "windowGain", "neighbourTyped", "firstInPassage", "relativePosition", "rankReciprocal",
            "scoreRatio", "length", "overLong", "refersBack", "handScore", "coverageGap");

    /** Room the answer keeps for framing and markers (as in {@link SentenceSelector}). */
    private static final int OVERHEAD = 60;

    private final QuestionProfile question;
    private final SentenceScorer scorer;
    private final List<Candidate> all;
    private final Scored[] scored;
    private final int[] position;
    private final int[] size;
    private final Map<Candidate, Integer> index = new IdentityHashMap<>();
    private final double maxRetrievalScore;
    private final double bestCoverage;
    private final int maxChars;

    SentenceFeatures(QuestionProfile question, SentenceScorer scorer, List<Candidate> all, int maxChars) {
        this.question = question;
        this.scorer = scorer;
        this.all = all;
        this.maxChars = maxChars;
        this.scored = new Scored[all.size()];
        this.position = new int[all.size()];
        this.size = new int[all.size()];
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            scored[i] = scorer.score(all.get(i));
            index.put(all.get(i), i);
            if (i > 0 && !all.get(i).hit().equals(all.get(i - 1).hit())) {
                start = i;
            }
            position[i] = i - start;
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            size[i] = i + 1 < all.size() && all.get(i + 1).hit().equals(all.get(i).hit()) ? size[i + 1] : position[i] + 1;
        }
        this.maxRetrievalScore = all.stream().mapToDouble(c -> c.hit().score()).max().orElse(0);
        this.bestCoverage = Arrays.stream(scored).mapToDouble(Scored::coverage).max().orElse(0);
    }

    QuestionProfile question() {
        return question;
    }

    SentenceScorer scorer() {
        return scorer;
    }

    List<Candidate> all() {
        return all;
    }

    /** The scored form of the {@code i}-th sentence read. */
    Scored scored(int i) {
        return scored[i];
    }

    /** Where {@code c} stands among the sentences read, -1 when it is not one of them. */
    int indexOf(Candidate c) {
        return index.getOrDefault(c, -1);
    }

    /** The features of the {@code i}-th sentence read, in {@link #NAMES} order. */
    double[] of(int i) {
        Scored s = scored[i];
        Candidate c = s.candidate();
        QuestionType type = question.type();
        boolean dateNumber = type == QuestionType.TIME || type == QuestionType.NUMBER;
        boolean namePlace = type == QuestionType.PERSON || type == QuestionType.PLACE;
        double ratio = maxRetrievalScore > 0 ? Math.max(0, c.hit().score()) / maxRetrievalScore : 0;
        int length = c.text().length();
        // a neighbour may hold the answer without any word of the question
        boolean typed = s.typed() || s.coverage() == 0 && AnswerTypeCues.present(question, c);
        return new double[] {
            s.coverage(),
            scorer.share(s.strengths(), KeyTerm::required),
            scorer.share(s.strengths(), t -> t.kind() == KeyTerm.Kind.CONTENT),
            s.proximity() * s.coverage(),
            typed && dateNumber ? 1 : 0,
            typed && namePlace ? 1 : 0,
            typed && !dateNumber && !namePlace ? 1 : 0,
            windowCoverage(i) - s.coverage(),
            typed(i - 1, c) || typed(i + 1, c) ? 1 : 0,
            position[i] == 0 ? 1 : 0,
            (double) position[i] / size[i],
            1.0 / (1 + c.rank()),
            ratio,
            Math.min(1.0, length / 400.0),
            length + OVERHEAD > maxChars ? 1 : 0,
            c.refersBack() ? 1 : 0,
            Math.min(2, s.score()) / 2,
            s.coverage() - bestCoverage,
        };
    }

    /** Coverage of the sentence together with the one before and after it in its passage. */
    private double windowCoverage(int i) {
        Map<KeyTerm, Double> held = new HashMap<>(scored[i].strengths());
        for (int j = i - 1; j <= i + 1; j += 2) {
            if (j >= 0 && j < all.size() && all.get(j).hit().equals(all.get(i).hit())) {
                scored[j].strengths().forEach((t, v) -> held.merge(t, v, Math::max));
            }
        }
        return scorer.share(held, t -> true);
    }

    /** Whether sentence {@code j}, of the same passage as {@code c}, holds the kind of answer asked for. */
    private boolean typed(int j, Candidate c) {
        return j >= 0 && j < all.size() && all.get(j).hit().equals(c.hit()) && AnswerTypeCues.present(question, all.get(j));
    }
}
