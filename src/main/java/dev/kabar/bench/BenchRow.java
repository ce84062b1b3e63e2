package dev.kabar.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kabar.chat.LibraryRequest.Backend;
import dev.kabar.retrieval.IndexReport;
import java.util.List;
import java.util.Locale;

/**
 * One corpus's benchmark figures: how fast it was indexed and, per client thread count, how fast
 * it answers.
 *
 * @param replicas how many copies of the corpus were indexed (1 unless {@code --scale})
 * @param briefs briefing latency, or {@code null} when not measured
 * @param adds the latency of adding one article while serving, or {@code null} when not measured
 * @param backend where the corpus was indexed and asked
 */
record BenchRow(String corpus, int replicas, IndexReport index, Sizes sizes, List<LoadRow> loads, long peakHeapMb,
        long rssMb, BriefingBench.Figures briefs, AddBench.Figures adds, Backend backend) {

    /**
     * @param inputBytes size of the corpus files read
     * @param indexBytes size of the index on disk after the build; on Solr, of every replica of every shard
     * @param indexCpuMs CPU time of the whole process while opening (reading, indexing, committing)
     */
    record Sizes(long inputBytes, long indexBytes, long indexCpuMs) {}

    private static final double MB = 1024.0 * 1024.0;

    static final String HEADER = String.format("%-20s %8s %9s %8s %6s %10s %6s %7s %3s %8s %8s %7s %8s %8s %7s %7s %6s",
            "corpus", "articles", "passages", "index s", "cpu s", "passages/s", "MB/s", "idx MB", "thr", "ask p50",
            "ask p99", "ask q/s", "srch p50", "srch p99", "srch/s", "heap MB", "rss MB");

    BenchRow {
        loads = List.copyOf(loads);
    }

    BenchRow(String corpus, int replicas, IndexReport index, Sizes sizes, List<LoadRow> loads, long peakHeapMb,
            long rssMb) {
        this(corpus, replicas, index, sizes, loads, peakHeapMb, rssMb, null, null, Backend.CONFIGURED);
    }

    BenchRow with(BriefingBench.Figures figures) {
        return new BenchRow(corpus, replicas, index, sizes, loads, peakHeapMb, rssMb, figures, adds, backend);
    }

    BenchRow with(AddBench.Figures figures) {
        return new BenchRow(corpus, replicas, index, sizes, loads, peakHeapMb, rssMb, briefs, figures, backend);
    }

    BenchRow on(Backend where) {
        return new BenchRow(corpus, replicas, index, sizes, loads, peakHeapMb, rssMb, briefs, adds, where);
    }

    /** {@code configured}, {@code lucene} or {@code solr}, as {@code --backend} spells it. */
    static String label(Backend backend) {
        return backend.name().toLowerCase(Locale.ROOT);
    }

    /** The same corpus at the same size: rows to compare across backends. */
    boolean sameCorpus(BenchRow other) {
        return corpus.equals(other.corpus) && replicas == other.replicas;
    }

    long passagesPerSecond() {
        return index.millis() == 0 ? 0 : Math.round(index.passages() * 1000.0 / index.millis());
    }

    double mbPerSecond() {
        return index.millis() == 0 ? 0 : round(sizes.inputBytes() / MB * 1000.0 / index.millis());
    }

    String label() {
        String name = replicas > 1 ? corpus + " x" + replicas : corpus;
        return backend == Backend.CONFIGURED ? name : name + " " + label(backend);
    }

    /** One line per thread count; the index figures on the first only. */
    List<String> lines() {
        String indexed = String.format("%8d %9d %8.1f %6.1f %10d %6.1f %7d", index.articles(), index.passages(),
                index.millis() / 1000.0, sizes.indexCpuMs() / 1000.0, passagesPerSecond(), mbPerSecond(),
                Math.round(sizes.indexBytes() / MB));
        String blank = " ".repeat(indexed.length());
        return loads.stream().map(l -> String.format("%-20s %s %s %7d %6d", label(),
                l == loads.getFirst() ? indexed : blank, l.line(), peakHeapMb, rssMb)).toList();
    }

    /** The row's JSON shape; {@code briefing} is left out when not measured. */
    record Json(String corpus, int replicas, String backend, int articles, int passages, int rejected, double inputMb, long indexMs,
            long indexCpuMs, double indexMb, long passagesPerSecond, double mbPerSecond, long peakHeapMb, long rssMb,
            List<LoadRow.Json> latency, @JsonInclude(JsonInclude.Include.NON_NULL) BriefingBench.Json briefing,
            @JsonInclude(JsonInclude.Include.NON_NULL) LatencyStats add) {}

    Json json() {
        return new Json(corpus, replicas, label(backend), index.articles(), index.passages(), index.rejected().size(),
                round(sizes.inputBytes() / MB), index.millis(), sizes.indexCpuMs(), round(sizes.indexBytes() / MB),
                passagesPerSecond(), mbPerSecond(), peakHeapMb, rssMb, loads.stream().map(LoadRow::json).toList(),
                briefs == null ? null : briefs.json(), adds == null ? null : adds.latency());
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
