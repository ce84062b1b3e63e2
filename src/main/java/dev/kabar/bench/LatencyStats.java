package dev.kabar.bench;

import java.util.Arrays;

/** Percentiles of a set of latency samples, in milliseconds. */
record LatencyStats(int count, double p50, double p95, double p99, double max) {

    static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            return new LatencyStats(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, ms(pct(sorted, 0.50)), ms(pct(sorted, 0.95)), ms(pct(sorted, 0.99)),
                ms(sorted[sorted.length - 1]));
    }

    private static long pct(long[] sorted, double q) {
        int idx = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
