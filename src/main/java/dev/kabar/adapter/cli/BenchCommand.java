package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.ResultJson;
import dev.kabar.retrieval.IndexReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kabar bench}: indexing throughput and warm in-process latency of {@code ask} and
 * {@code search} under 1..T concurrent clients, per corpus, each indexed afresh into a temporary
 * directory through the normal {@link LibraryOpener}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure indexing speed and warm ask/search latency (p50/p99) on one or more corpora.",
            "Each corpus is indexed into a fresh temporary directory; queries are drawn from its own passages."})
final class BenchCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final KabarCli.Io io;

    @Option(names = "--corpus", paramLabel = "PATH", description = "A corpus to measure (repeatable; default: the configured corpus).")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file.")
    Path config;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "0",
            description = "Also index each corpus replicated with fresh ids to about N passages (default: off).")
    int scale;

    @Option(names = "--threads", paramLabel = "T", split = ",",
            description = "Concurrent client threads for the latency runs (repeatable or comma list; default 1,2).")
    List<Integer> threads = new ArrayList<>();

    @Option(names = "--questions", defaultValue = "2000", description = "Measured questions per client thread (default 2000).")
    int questions;

    @Option(names = "--warmup", defaultValue = "3000", description = "Warm-up questions per corpus, asked and searched (default 3000).")
    int warmup;

    @Option(names = "--briefings", defaultValue = "100",
            description = "Measured topic briefings per corpus, after a warm-up (default 100; 0 skips briefings).")
    int briefings;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    BenchCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (questions < 10 || warmup < 0 || scale < 0 || briefings < 0) {
            throw new IllegalArgumentException("--questions must be >= 10, --warmup, --scale and --briefings >= 0");
        }
        if (threads.isEmpty()) {
            threads = List.of(1, 2);
        }
        if (threads.stream().anyMatch(t -> t < 1 || t > 64)) {
            throw new IllegalArgumentException("--threads must be between 1 and 64, got " + threads);
        }
        List<Path> targets = corpora.isEmpty() ? Collections.singletonList((Path) null) : corpora;
        List<BenchRow> rows = new ArrayList<>();
        for (Path corpus : targets) {
            BenchRow base = measure(corpus, corpus, 1);
            rows.add(base);
            if (scale > base.index().passages() && base.index().passages() > 0) {
                rows.add(measureScaled(corpus, (int) Math.ceilDiv(scale, (long) base.index().passages())));
            }
        }
        print(rows);
        return KabarCli.OK;
    }

    private BenchRow measureScaled(Path corpus, int replicas) throws IOException {
        if (corpus == null) {
            throw new IllegalArgumentException("--scale needs --corpus PATH");
        }
        Path scaled = Files.createTempDirectory("kabar-bench-corpus-");
        try {
            io.err().println("kabar: writing " + replicas + " copies of " + corpus + " …");
            io.err().flush();
            return measure(corpus, ScaledCorpus.write(corpus, replicas, scaled), replicas);
        } finally {
            TempTree.delete(scaled);
        }
    }

    private BenchRow measure(Path named, Path corpus, int replicas) throws IOException {
        Path index = Files.createTempDirectory("kabar-bench-");
        try {
            LibraryRequest request = new LibraryRequest(corpus == null ? null : corpus.toAbsolutePath(), index,
                    config == null ? null : config.toAbsolutePath(), true);
            ProcessGauge.reset();
            long cpu0 = ProcessGauge.cpuNanos();
            try (Library library = opener.open(request, io::note)) {
                long indexCpuMs = (ProcessGauge.cpuNanos() - cpu0) / 1_000_000;
                IndexReport report = library.report();
                long indexBytes = TempTree.size(index);
                long inputBytes = corpus == null ? 0 : ScaledCorpus.bytes(corpus);
                List<String> qs = BenchQuestions.sample(library.store(), Math.max(questions, warmup), 42);
                if (qs.isEmpty()) {
                    throw new IllegalArgumentException("corpus " + named + " has no passages to draw questions from");
                }
                io.err().println("kabar: measuring " + questions + " questions per thread after " + warmup
                        + " warm-up…");
                io.err().flush();
                LoadRun.run(library, qs, 0, warmup, true);
                LoadRun.run(library, qs, 0, warmup, false);
                List<LoadRow> loads = new ArrayList<>();
                for (int t : threads) {
                    loads.add(new LoadRow(t, LoadRun.measure(library, qs, t, questions, true),
                            LoadRun.measure(library, qs, t, questions, false)));
                }
                BriefingBench.Figures briefs = briefings == 0 ? null
                        : BriefingBench.run(library.briefer(), qs, briefings);
                return new BenchRow(named == null ? "bundled" : named.getFileName().toString(), replicas, report,
                        new BenchRow.Sizes(inputBytes, indexBytes, indexCpuMs), loads, ProcessGauge.peakHeapMb(),
                        ProcessGauge.peakRssMb()).with(briefs);
            }
        } finally {
            TempTree.delete(index);
        }
    }

    private void print(List<BenchRow> rows) {
        Runtime rt = Runtime.getRuntime();
        if (json) {
            ObjectNode o = ResultJson.mapper().createObjectNode();
            o.put("java", System.getProperty("java.version"));
            o.put("cores", rt.availableProcessors());
            o.put("maxHeapMb", rt.maxMemory() / (1024 * 1024));
            ArrayNode a = o.putArray("corpora");
            rows.forEach(r -> a.add(r.json()));
            io.out().println(o.toString());
        } else {
            io.out().printf("java %s, %d cores, max heap %d MB; latency in ms, per call%n",
                    System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() / (1024 * 1024));
            io.out().println(BenchRow.HEADER);
            rows.forEach(r -> r.lines().forEach(io.out()::println));
            rows.stream().filter(r -> r.briefs() != null).forEach(r -> io.out().println(r.briefs().line(r.label())));
        }
        io.out().flush();
    }
}
