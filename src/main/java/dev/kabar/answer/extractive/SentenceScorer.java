package dev.kabar.answer.extractive;

import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores candidate sentences against a question: rarity-weighted key-term coverage, how close the
 * matched terms stand, the passage's retrieval rank and score, and whether the sentence holds the
 * kind of answer asked for.
 */
final class SentenceScorer {

    /**
     * A candidate with its score, how strongly it holds each key term, and the parts of the score the
     * learned chooser reads ({@link SentenceFeatures}).
     *
     * @param coverage rarity-weighted share of the question's key terms held
     * @param proximity how close together the matched terms stand, 0 to 1
     * @param typed whether it holds the kind of answer asked for (only checked when it holds a term)
     */
    record Scored(Candidate candidate, double score, Map<KeyTerm, Double> strengths, double coverage,
            double proximity, boolean typed) {}

    private final QuestionProfile question;
    private final ExtractiveSettings.Weights weights;
    private final Map<KeyTerm, Double> rarity = new IdentityHashMap<>();
    private final double maxRetrievalScore;

    SentenceScorer(QuestionProfile question, List<Candidate> all, ExtractiveSettings.Weights weights) {
        this.question = question;
        this.weights = weights;
        for (KeyTerm t : question.terms()) {
            long df = all.stream().filter(c -> t.matchIn(c.stems()).found()).count();
            rarity.put(t, 1 + Math.log((all.size() + 1.0) / (df + 1.0)));
        }
        this.maxRetrievalScore = all.stream().mapToDouble(c -> c.hit().score()).max().orElse(0);
    }

    Scored score(Candidate c) {
        Map<KeyTerm, Double> strengths = new HashMap<>();
        List<List<Integer>> positions = new ArrayList<>();
        double got = 0;
        double total = 0;
        for (KeyTerm t : question.terms()) {
            KeyTerm.TermMatch m = match(t, c);
            double w = t.kind().weight() * rarity.get(t);
            total += w;
            if (m.found()) {
                strengths.put(t, m.strength());
                positions.add(m.positions());
                got += w * m.strength();
            }
        }
        double coverage = total == 0 ? 0 : got / total;
        double retrieval = 0.5 / (1 + c.rank())
                + (maxRetrievalScore > 0 ? 0.5 * Math.max(0, c.hit().score()) / maxRetrievalScore : 0);
        boolean typed = coverage > 0 && AnswerTypeCues.present(question, c);
        double near = proximity(positions);
        double score = weights.coverage() * coverage
                + weights.proximity() * near * coverage
                + weights.retrieval() * retrieval
                + weights.answerType() * (typed ? 1 : 0);
        return new Scored(c, score, strengths, coverage, near, typed);
    }

    /** A term asking what was said ({@code kata}, {@code reaksi}) is also met by any verb of saying. */
    private static KeyTerm.TermMatch match(KeyTerm t, Candidate c) {
        KeyTerm.TermMatch m = t.matchIn(c.stems());
        if (m.strength() < 1 && t.asksForSaying()) {
            List<Integer> saying = AnswerTypeCues.sayingPositions(c);
            return saying.isEmpty() ? m : new KeyTerm.TermMatch(1.0, saying);
        }
        return m;
    }

    /**
     * Share of the question's key-term weight that {@code chosen} hold together. Soft terms count
     * only when the question has nothing else.
     */
    double coverage(Collection<Scored> chosen) {
        boolean onlySoft = question.coverageWeight() == 0;
        return coverage(chosen, t -> t.kind() != KeyTerm.Kind.SOFT || onlySoft);
    }

    /** Share of the weight of the question's content words (not names, numbers or soft words) that {@code chosen} hold; 1 when it has none. */
    double contentCoverage(Collection<Scored> chosen) {
        boolean any = question.terms().stream().anyMatch(t -> t.kind() == KeyTerm.Kind.CONTENT);
        return any ? coverage(chosen, t -> t.kind() == KeyTerm.Kind.CONTENT) : 1.0;
    }

    /**
     * Rarity-weighted share of the weight of the question's terms passing {@code counted} that
     * {@code strengths} hold; 1 when the question has no such term (nothing to miss).
     */
    double share(Map<KeyTerm, Double> strengths, Predicate<KeyTerm> counted) {
        double got = 0;
        double total = 0;
        for (KeyTerm t : question.terms()) {
            if (counted.test(t)) {
                double w = t.kind().weight() * rarity.get(t);
                got += w * strengths.getOrDefault(t, 0.0);
                total += w;
            }
        }
        return total == 0 ? 1 : got / total;
    }

    private double coverage(Collection<Scored> chosen, Predicate<KeyTerm> counted) {
        double got = 0;
        double total = 0;
        for (KeyTerm t : question.terms()) {
            if (!counted.test(t)) {
                continue;
            }
            double best = chosen.stream().mapToDouble(s -> s.strengths().getOrDefault(t, 0.0)).max().orElse(0);
            got += t.kind().weight() * best;
            total += t.kind().weight();
        }
        return total == 0 ? 0 : got / total;
    }

    /** Matched terms over the narrowest window holding one occurrence of each: 1 when adjacent. */
    static double proximity(List<List<Integer>> positions) {
        if (positions.size() < 2) {
            return positions.size();
        }
        List<int[]> events = new ArrayList<>(); // {position, term}
        for (int t = 0; t < positions.size(); t++) {
            for (int p : positions.get(t)) {
                events.add(new int[] {p, t});
            }
        }
        events.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] counts = new int[positions.size()];
        int covered = 0;
        int best = Integer.MAX_VALUE;
        int left = 0;
        for (int[] e : events) {
            if (counts[e[1]]++ == 0) {
                covered++;
            }
            while (covered == positions.size()) {
                best = Math.min(best, e[0] - events.get(left)[0] + 1);
                if (--counts[events.get(left++)[1]] == 0) {
                    covered--;
                }
            }
        }
        return Math.min(1.0, (double) positions.size() / best);
    }
}
