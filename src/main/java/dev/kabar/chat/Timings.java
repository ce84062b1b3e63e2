package dev.kabar.chat;

/** Where the time of one answer went, in milliseconds. */
public record Timings(double retrieveMs, double composeMs) {

    static double millisSince(long startNanos, long endNanos) {
        return Math.round((endNanos - startNanos) / 10_000.0) / 100.0;
    }
}
