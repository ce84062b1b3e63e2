package dev.kabar.answer.extractive;

import java.util.Objects;

/**
 * Tuning of {@link ExtractiveComposer}; every threshold lives here so an evaluation run can sweep it.
 *
 * @param maxSentences sentences in an answer, 1 or more (a second is added only when it covers more
 *     of the question)
 * @param maxAnswerChars upper bound on the answer text, framing and markers included
 * @param passagesConsidered how many of the best hits are read
 * @param minSentenceChars shorter sentences are never picked (headings, captions, furniture)
 * @param minCoverage share of the question's key-term weight the chosen sentences must hold, else
 *     the composer declines
 * @param minContentCoverage share of the question's content words (names and numbers aside) the
 *     chosen sentences must hold, so a sentence that merely names the right country is not enough
 * @param mergeSimilarity content-word Jaccard at or above which two sentences count as the same
 *     statement and are written once with both citations
 * @param minSecondGain coverage a second sentence must add to be included
 * @param contextSentences neighbouring sentences of the best sentence's passage added around an
 *     answer drawn from that one passage, while it stays within {@code maxAnswerChars} (0 for none)
 * @param weights how the parts of a sentence's score add up
 * @param learnedChooser whether the learned {@link SentenceChooser} orders the sentences the answer is
 *     quoted from when none holds most of the question (the neighbour widening an answer is still
 *     picked by the hand rule)
 */
public record ExtractiveSettings(
        int maxSentences,
        int maxAnswerChars,
        int passagesConsidered,
        int minSentenceChars,
        double minCoverage,
        double minContentCoverage,
        double mergeSimilarity,
        double minSecondGain,
        int contextSentences,
        Weights weights,
        boolean learnedChooser) {

    /**
     * @param coverage weight of the (rarity-weighted) share of key terms a sentence holds
     * @param proximity weight of how close together the matched terms stand
     * @param retrieval weight of the passage's rank and retrieval score
     * @param answerType weight of the sentence holding the kind of answer asked for (a date for kapan)
     */
    public record Weights(double coverage, double proximity, double retrieval, double answerType) {
        public Weights {
            requireNonNegative("coverage", coverage);
            requireNonNegative("proximity", proximity);
            requireNonNegative("retrieval", retrieval);
            requireNonNegative("answerType", answerType);
        }

        public static Weights defaults() {
            return new Weights(1.0, 0.3, 0.2, 0.35);
        }
    }

    public ExtractiveSettings {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("maxSentences must be >= 1, was " + maxSentences);
        }
        if (maxAnswerChars < 120) {
            throw new IllegalArgumentException("maxAnswerChars must be >= 120, was " + maxAnswerChars);
        }
        if (passagesConsidered < 1) {
            throw new IllegalArgumentException("passagesConsidered must be >= 1, was " + passagesConsidered);
        }
        if (minSentenceChars < 0) {
            throw new IllegalArgumentException("minSentenceChars must be >= 0, was " + minSentenceChars);
        }
        requireFraction("minCoverage", minCoverage);
        requireFraction("minContentCoverage", minContentCoverage);
        requireFraction("mergeSimilarity", mergeSimilarity);
        requireFraction("minSecondGain", minSecondGain);
        if (contextSentences < 0) {
            throw new IllegalArgumentException("contextSentences must be >= 0, was " + contextSentences);
        }
        Objects.requireNonNull(weights, "weights");
    }

    public static ExtractiveSettings defaults() {
        return new ExtractiveSettings(2, 400, 5, 25, 0, 0, 0.5, 0.1, 2, Weights.defaults(), true);
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " weight must be a finite number >= 0, was " + value);
        }
    }
}
