package dev.kabar.ingestion.extract;

import java.util.List;

/**
 * An extractor's score on a benchmark: the mean per-page precision (over pages where something was
 * extracted or expected) and recall, the F1 of the two means, and pages per CPU-second of each timed
 * pass (the first on a cold JVM).
 */
public record ExtractionReport(List<PageScore> pages, List<Double> pagesPerSecond) {

    /** One page's score and the text extracted from it. */
    public record PageScore(String id, String url, ShingleMatch match, String text) {}

    public ExtractionReport {
        pages = List.copyOf(pages);
        pagesPerSecond = List.copyOf(pagesPerSecond);
    }

    public double precision() {
        return pages.stream().map(PageScore::match).filter(ShingleMatch::hasPrecision)
                .mapToDouble(ShingleMatch::precision).average().orElse(0);
    }

    public double recall() {
        return pages.stream().map(PageScore::match).filter(ShingleMatch::hasRecall)
                .mapToDouble(ShingleMatch::recall).average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
