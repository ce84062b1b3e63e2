package dev.kabar.answer;

import dev.kabar.answer.SentenceScorer.Scored;
import dev.kabar.retrieval.Hit;
import java.util.List;

/**
 * What the evidence of a would-be answer says about whether it answers the question: generic
 * checks of the chosen sentences and their passage against the question's key terms, computed once
 * per answer in microseconds. {@link DeclineModel} weighs them into a decline.
 *
 * @param features values in {@link #NAMES} order, each roughly within [0, 1]
 */
record DeclineEvidence(double[] features) {

    /** Feature names, in order; the model resource names its weights the same way. */
    static final List<String> NAMES = List.of(
            "passageCoverage", "passageContentCoverage", "answerCoverage", "answerContentCoverage",
            "bestSentenceCoverage", "bestSentenceContentCoverage", "namesInBestSentence",
            "numberContradicted", "rarestMissingTerm", "citesTopHit",
            "runnerUpScoreRatio", "bestSentenceScore", "questionHasNames", "manyTerms", "negatedQuestion");

    DeclineEvidence {
        if (features.length != NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " features, got " + features.length);
        }
        features = features.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    double get(String name) {
        return features[NAMES.indexOf(name)];
    }

    /**
     * @param chosen the answer's sentences, best first
     * @param passage the chosen sentences plus every sentence of the cited passage
     */
    static DeclineEvidence of(QuestionProfile q, SentenceScorer scorer, List<Scored> chosen, List<Scored> passage,
            List<Candidate> candidates, List<Hit> hits) {
        Scored best = chosen.getFirst();
        List<Scored> bestOnly = List.of(best);
        List<KeyTerm> required = q.requiredTerms();
        double[] f = {
            scorer.coverage(passage),
            scorer.contentCoverage(passage),
            scorer.coverage(chosen),
            scorer.contentCoverage(chosen),
            scorer.coverage(bestOnly),
            scorer.contentCoverage(bestOnly),
            required.isEmpty() ? 1 : share(required, best),
            EvidenceChecks.numberContradicted(q, best.candidate()) ? 1 : 0,
            EvidenceChecks.rarestMissing(q, passage, candidates),
            best.candidate().rank() == 0 ? 1 : 0,
            runnerUpRatio(hits),
            Math.min(2, best.score()) / 2,
            required.isEmpty() ? 0 : 1,
            Math.min(1, q.terms().size() / 8.0),
            EvidenceChecks.negates(q.question()) ? 1 : 0,
        };
        return new DeclineEvidence(f);
    }

    private static double share(List<KeyTerm> terms, Scored s) {
        return terms.stream().filter(t -> s.strengths().containsKey(t)).count() / (double) terms.size();
    }

    /** Second-best retrieval score over the best: near 1 when retrieval could not tell passages apart. */
    private static double runnerUpRatio(List<Hit> hits) {
        if (hits.size() < 2 || hits.getFirst().score() <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, hits.get(1).score() / hits.getFirst().score()));
    }
}
