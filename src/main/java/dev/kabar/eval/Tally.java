package dev.kabar.eval;

import java.util.Arrays;

/** Accumulates one system's per-question outcomes into {@link Scores}. Not thread-safe. */
public final class Tally {

    private int answerable;
    private int unanswerable;
    private int at1;
    private int at5;
    private int at10;
    private double reciprocalRanks;
    private int contains;
    private int citesGold;
    private double exact;
    private double f1;
    private int withSpan;
    private int declinedImpossible;
    private int declinedAnswerable;
    private long groundedChars;
    private int grounded;
    private long[] nanos = new long[64];
    private int timed;

    /**
     * @param goldRank 1-based rank of the gold article in the retrieval ranking, 0 when absent
     * @param askNanos wall-clock time of the answer call
     */
    public void add(QaItem item, String goldArticle, int goldRank, Reply reply, long askNanos) {
        time(askNanos);
        if (!reply.declined()) {
            grounded++;
            groundedChars += reply.text().length();
        }
        if (item.impossible()) {
            unanswerable++;
            declinedImpossible += reply.declined() ? 1 : 0;
            return;
        }
        answerable++;
        at1 += goldRank == 1 ? 1 : 0;
        at5 += goldRank >= 1 && goldRank <= 5 ? 1 : 0;
        at10 += goldRank >= 1 && goldRank <= 10 ? 1 : 0;
        reciprocalRanks += goldRank >= 1 && goldRank <= 10 ? 1.0 / goldRank : 0;
        if (reply.declined()) {
            declinedAnswerable++;
            return;
        }
        contains += Metrics.containsAny(reply.text(), item.answers()) ? 1 : 0;
        citesGold += reply.citedArticles().contains(goldArticle) ? 1 : 0;
        if (!reply.shortAnswer().isEmpty()) {
            withSpan++;
            exact += Metrics.exactMatch(reply.shortAnswer(), item.answers());
            f1 += Metrics.f1(reply.shortAnswer(), item.answers());
        }
    }

    public Scores scores() {
        long[] sorted = Arrays.copyOf(nanos, timed);
        Arrays.sort(sorted);
        double totalSeconds = Arrays.stream(sorted).sum() / 1e9;
        return new Scores(answerable + unanswerable, answerable, unanswerable,
                ratio(at1, answerable), ratio(at5, answerable), ratio(at10, answerable),
                ratio(reciprocalRanks, answerable), ratio(contains, answerable), ratio(citesGold, answerable),
                ratio(exact, answerable), ratio(f1, answerable), ratio(withSpan, answerable),
                ratio(declinedImpossible, unanswerable), ratio(declinedAnswerable, answerable),
                totalSeconds == 0 ? Double.NaN : timed / totalSeconds,
                percentileMs(sorted, 0.50), percentileMs(sorted, 0.95), percentileMs(sorted, 0.99),
                ratio(groundedChars, grounded));
    }

    /** Nearest-rank percentile in milliseconds; NaN without samples. */
    static double percentileMs(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    private void time(long askNanos) {
        if (timed == nanos.length) {
            nanos = Arrays.copyOf(nanos, timed * 2);
        }
        nanos[timed++] = askNanos;
    }

    private static double ratio(double part, int whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }

}
