package dev.kabar.eval;

/**
 * The figures of one system over one run. Ratios are in {@code [0, 1]}; a ratio whose denominator
 * is zero (e.g. {@code declinedUnanswerable} on a dataset without impossible questions) is NaN.
 * Retrieval and answer figures are over answerable questions.
 */
public record Scores(
        int questions,
        int answerable,
        int unanswerable,
        double recallAt1,
        double recallAt5,
        double recallAt10,
        double mrrAt10,
        double answerContainsGold,
        double citesGold,
        double exactMatch,
        double f1,
        double shortAnswerRate,
        double declinedUnanswerable,
        double wronglyDeclined,
        double questionsPerSecond,
        double p50Ms,
        double p95Ms,
        double p99Ms,
        double meanAnswerChars) {}
