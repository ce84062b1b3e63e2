package dev.kabar.bench;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.LibraryRequest.Backend;
import dev.kabar.retrieval.IndexReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Indexing throughput and warm in-process latency of {@code ask} and {@code search} under 1..T
 * concurrent clients, per corpus, each indexed afresh into a temporary directory through the normal
 * {@link LibraryOpener}; with a scale, also the corpus replicated to about that many passages.
 */
public final class Bench {

    /** On Solr the benchmark's own collection, {@code <solr.collection>_bench}, never the served one. */
    static final String SCRATCH = "bench";

    private final LibraryOpener opener;
    private final Consumer<String> notes;

    /** @param notes progress lines (indexing, writing copies, measuring) as they happen */
    public Bench(LibraryOpener opener, Consumer<String> notes) {
        this.opener = opener;
        this.notes = notes;
    }

    /**
     * What to measure.
     *
     * @param corpora the corpora to measure; empty for the configured one
     * @param config a properties file, or {@code null} for the default configuration
     * @param scale also index each corpus replicated to about this many passages; 0 for off
     * @param threads concurrent client threads for the latency runs; empty for 1 and 2
     * @param questions measured questions per client thread
     * @param warmup warm-up questions per corpus, asked and searched
     * @param briefings measured topic briefings per corpus; 0 skips briefings
     * @param adds measured live additions of one article per corpus, after the other runs; 0 skips them
     * @param backends where each corpus is indexed and asked, one after the other in this order; empty
     *     for the configured one. On Solr the benchmark builds its own collection,
     *     {@code <solr.collection>_bench}, afresh for each corpus
     */
    public record Plan(List<Path> corpora, Path config, int scale, List<Integer> threads, int questions, int warmup,
            int briefings, int adds, List<Backend> backends) {

        public Plan(List<Path> corpora, Path config, int scale, List<Integer> threads, int questions, int warmup,
                int briefings) {
            this(corpora, config, scale, threads, questions, warmup, briefings, 0, List.of());
        }

        public Plan {
            if (questions < 10 || warmup < 0 || scale < 0 || briefings < 0 || adds < 0) {
                throw new IllegalArgumentException(
                        "--questions must be >= 10, --warmup, --scale, --briefings and --adds >= 0");
            }
            threads = threads.isEmpty() ? List.of(1, 2) : List.copyOf(threads);
            if (threads.stream().anyMatch(t -> t < 1 || t > 64)) {
                throw new IllegalArgumentException("--threads must be between 1 and 64, got " + threads);
            }
            corpora = List.copyOf(corpora);
            backends = backends.isEmpty() ? List.of(Backend.CONFIGURED) : List.copyOf(backends);
        }
    }

    public BenchReport run(Plan plan) throws IOException {
        List<Path> targets = plan.corpora().isEmpty() ? Collections.singletonList((Path) null) : plan.corpora();
        List<BenchRow> rows = new ArrayList<>();
        for (Path corpus : targets) {
            List<BenchRow> base = measureEach(plan, corpus, corpus, 1);
            rows.addAll(base);
            long passages = base.getFirst().index().passages();
            if (plan.scale() > passages && passages > 0) {
                rows.addAll(measureScaled(plan, corpus, (int) Math.ceilDiv(plan.scale(), passages)));
            }
        }
        return BenchReport.of(rows);
    }

    private List<BenchRow> measureScaled(Plan plan, Path corpus, int replicas) throws IOException {
        if (corpus == null) {
            throw new IllegalArgumentException("--scale needs --corpus PATH");
        }
        Path scaled = Files.createTempDirectory("kabar-bench-corpus-");
        try {
            notes.accept("writing " + replicas + " copies of " + corpus + " …");
            return measureEach(plan, corpus, ScaledCorpus.write(corpus, replicas, scaled), replicas);
        } finally {
            TempTree.delete(scaled);
        }
    }

    /** The same corpus on each backend of the plan, one after the other. */
    private List<BenchRow> measureEach(Plan plan, Path named, Path corpus, int replicas) throws IOException {
        List<BenchRow> rows = new ArrayList<>();
        for (Backend backend : plan.backends()) {
            if (plan.backends().size() > 1) {
                notes.accept("measuring on " + BenchRow.label(backend) + " …");
            }
            rows.add(measure(plan, new Target(named, corpus, replicas, backend)));
        }
        return rows;
    }

    /** One row's corpus: its name, the file read, how many copies it holds, and where it is indexed. */
    private record Target(Path named, Path corpus, int replicas, Backend backend) {}

    private BenchRow measure(Plan plan, Target target) throws IOException {
        Path named = target.named();
        Path corpus = target.corpus();
        Path index = Files.createTempDirectory("kabar-bench-");
        try {
            LibraryRequest request = new LibraryRequest(corpus == null ? null : corpus.toAbsolutePath(), index,
                    plan.config() == null ? null : plan.config().toAbsolutePath(), true, target.backend(), SCRATCH);
            ProcessGauge.reset();
            long cpu0 = ProcessGauge.cpuNanos();
            try (Library library = opener.open(request, notes)) {
                long indexCpuMs = (ProcessGauge.cpuNanos() - cpu0) / 1_000_000;
                IndexReport report = library.report();
                OptionalLong remote = library.store().bytesOnDisk();
                long indexBytes = remote.isPresent() ? remote.getAsLong() : TempTree.size(index);
                long inputBytes = corpus == null ? 0 : ScaledCorpus.bytes(corpus);
                List<String> qs = BenchQuestions.sample(library.store(), Math.max(plan.questions(), plan.warmup()), 42);
                if (qs.isEmpty()) {
                    throw new IllegalArgumentException("corpus " + named + " has no passages to draw questions from");
                }
                List<LoadRow> loads = latency(plan, library, qs);
                BriefingBench.Figures briefs = plan.briefings() == 0 ? null
                        : BriefingBench.run(library.door(), qs, plan.briefings());
                String name = named == null ? "bundled" : named.getFileName().toString();
                BenchRow row = new BenchRow(name, target.replicas(), report,
                        new BenchRow.Sizes(inputBytes, indexBytes, indexCpuMs), loads, ProcessGauge.peakHeapMb(),
                        ProcessGauge.peakRssMb()).with(briefs).on(target.backend());
                if (plan.adds() > 0) {
                    notes.accept("adding " + plan.adds() + " articles, one at a time, while serving…");
                    row = row.with(AddBench.run(library.desk(), library.store(), report.passages(), plan.adds()));
                }
                return row;
            }
        } finally {
            TempTree.delete(index);
        }
    }

    /** Warm-up, then one measured run per thread count. */
    private List<LoadRow> latency(Plan plan, Library library, List<String> qs) {
        notes.accept("measuring " + plan.questions() + " questions per thread after " + plan.warmup() + " warm-up…");
        LoadRun.run(library, qs, 0, plan.warmup(), true);
        LoadRun.run(library, qs, 0, plan.warmup(), false);
        List<LoadRow> loads = new ArrayList<>();
        for (int t : plan.threads()) {
            loads.add(new LoadRow(t, LoadRun.measure(library, qs, t, plan.questions(), true),
                    LoadRun.measure(library, qs, t, plan.questions(), false)));
        }
        return loads;
    }
}
