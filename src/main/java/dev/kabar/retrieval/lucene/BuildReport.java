package dev.kabar.retrieval.lucene;

import java.time.Duration;

/**
 * What one build or update wrote, counted rather than fatal per article.
 *
 * @param generation the index generation written, e.g. {@code 000003}
 * @param articles articles indexed (an id seen twice counts once per occurrence; the last wins)
 * @param passages passages indexed
 * @param empty articles without any passage: listed as sources, never found by search
 * @param elapsed wall time, commit included
 */
public record BuildReport(String generation, int articles, long passages, int empty, Duration elapsed) {

    public double passagesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : passages / seconds;
    }
}
