package dev.kabar.answer.extractive;

import dev.kabar.answer.decline.DeclineEvidence;
import dev.kabar.answer.decline.Negation;
import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.Hit;
import java.util.List;

/** Reads the {@link DeclineEvidence} of a would-be answer off the sentences already scored for it. */
final class EvidenceFeatures {

    private EvidenceFeatures() {}

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
            Negation.in(q.question()) ? 1 : 0,
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
