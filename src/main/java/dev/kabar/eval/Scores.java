package dev.kabar.eval;

import java.util.LinkedHashMap;
import java.util.Map;

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
        double meanAnswerChars) {

    /** The figures by their JSON key, in report order. The keys are a contract: add, never rename. */
    public Map<String, Double> byKey() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("recallAt1", recallAt1);
        m.put("recallAt5", recallAt5);
        m.put("recallAt10", recallAt10);
        m.put("mrrAt10", mrrAt10);
        m.put("answerContainsGold", answerContainsGold);
        m.put("citesGold", citesGold);
        m.put("exactMatch", exactMatch);
        m.put("f1", f1);
        m.put("shortAnswerRate", shortAnswerRate);
        m.put("declinedUnanswerable", declinedUnanswerable);
        m.put("wronglyDeclined", wronglyDeclined);
        m.put("questionsPerSecond", questionsPerSecond);
        m.put("p50Ms", p50Ms);
        m.put("p95Ms", p95Ms);
        m.put("p99Ms", p99Ms);
        m.put("meanAnswerChars", meanAnswerChars);
        return m;
    }
}
