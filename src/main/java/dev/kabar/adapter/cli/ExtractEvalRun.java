package dev.kabar.adapter.cli;

import dev.kabar.ingestion.extract.ArticleExtractor;
import dev.kabar.ingestion.extract.ExtractionEval;
import dev.kabar.ingestion.extract.ExtractionReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code kabar extract --eval}: quality and speed on a benchmark folder, beside a baseline's. */
final class ExtractEvalRun {

    private static final int MAX_PASSES = 20;

    private final KabarCli.Io io;

    ExtractEvalRun(KabarCli.Io io) {
        this.io = io;
    }

    int run(ArticleExtractor extractor, Path dataset, Path baseline, int passes) throws IOException {
        if (passes < 1 || passes > MAX_PASSES) {
            throw new IllegalArgumentException("--passes must be between 1 and " + MAX_PASSES + ", was " + passes);
        }
        if (!Files.isRegularFile(dataset.resolve("ground-truth.json")) || !Files.isDirectory(dataset.resolve("html"))) {
            throw new IllegalArgumentException(dataset + " is not a benchmark folder: it needs ground-truth.json and html/");
        }
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("no baseline file " + baseline + " — run scripts/bench-extract to make one");
        }
        io.note("extracting " + ExtractionEval.truths(dataset).size() + " pages, " + passes + " timed passes …");
        ExtractionReport kabar = new ExtractionEval(extractor).run(dataset, passes);
        io.out().printf(Locale.ROOT, "article extraction on %s (%d pages)%n", dataset, kabar.pages().size());
        io.out().printf(Locale.ROOT, "%-14s %6s %9s %7s  %s%n", "extractor", "F1", "precision", "recall",
                "pages per CPU-second (cold JVM first, then warm passes; parse + extract, one thread)");
        row("kabar", kabar);
        if (baseline != null) {
            row(baseline.getFileName().toString().replaceFirst("\\.jsonl$", ""), ExtractionEval.baseline(dataset, baseline));
        }
        io.out().flush();
        return KabarCli.OK;
    }

    private void row(String name, ExtractionReport r) {
        io.out().printf(Locale.ROOT, "%-14s %6.4f %9.4f %7.4f  %s%n", name, r.f1(), r.precision(), r.recall(),
                rates(r.pagesPerSecond()));
    }

    private static String rates(List<Double> rates) {
        if (rates.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (double r : rates) {
            b.append(b.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", r));
        }
        return b.toString();
    }
}
