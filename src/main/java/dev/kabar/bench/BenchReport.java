package dev.kabar.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/** What {@link Bench} measured, per corpus, with the machine it ran on; as text lines or JSON. */
public final class BenchReport {

    private final String java;
    private final int cores;
    private final long maxHeapMb;
    private final List<BenchRow> rows;

    private BenchReport(String java, int cores, long maxHeapMb, List<BenchRow> rows) {
        this.java = java;
        this.cores = cores;
        this.maxHeapMb = maxHeapMb;
        this.rows = List.copyOf(rows);
    }

    static BenchReport of(List<BenchRow> rows) {
        Runtime rt = Runtime.getRuntime();
        return new BenchReport(System.getProperty("java.version"), rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024), rows);
    }

    /** The report's JSON shape ({@code kabar bench --json}); {@code solrOverLucene} only with {@code --backend both}. */
    public record Json(String java, int cores, long maxHeapMb, List<BenchRow.Json> corpora,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BackendRatios> solrOverLucene) {}

    public Json json() {
        return new Json(java, cores, maxHeapMb, rows.stream().map(BenchRow::json).toList(), BackendRatios.of(rows));
    }

    /** The table: the machine, a header, a line per corpus and thread count, then the briefing figures. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("java %s, %d cores, max heap %d MB; latency in ms, per call", java, cores, maxHeapMb));
        lines.add(BenchRow.HEADER);
        rows.forEach(r -> lines.addAll(r.lines()));
        rows.stream().filter(r -> r.briefs() != null).forEach(r -> lines.add(r.briefs().line(r.label())));
        rows.stream().filter(r -> r.adds() != null).forEach(r -> lines.add(r.adds().line(r.label())));
        BackendRatios.of(rows).forEach(r -> lines.add(r.line()));
        return lines;
    }
}
