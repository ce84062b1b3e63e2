package dev.kabar.retrieval.lucene;

import java.time.Duration;

/**
 * What one build or update wrote, counted rather than fatal per article.
 *
 * @param generation the index generation written, e.g. {@code 000003}
 * @param articles articles indexed (an id seen twice counts twice; the last copy wins)
 * @param passages passages indexed
 * @param empty articles without any passage: listed as sources, never found by search
 * @param failed articles Lucene rejected (e.g. an id over 32 KB), skipped and logged; not in {@code articles}
 * @param elapsed wall time, commit included
 */
public record BuildReport(String generation, int articles, long passages, int empty, int failed, Duration elapsed) {

    public double passagesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : passages / seconds;
    }
}
