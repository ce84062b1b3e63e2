package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.IndexReport;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.ResultJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kabar bench}: index build time and warm in-process latency of {@code ask} and
 * {@code search}, per corpus, each indexed afresh into a temporary directory.
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

    @Option(names = "--questions", defaultValue = "2000", description = "Measured questions per corpus (default 2000).")
    int questions;

    @Option(names = "--warmup", defaultValue = "3000", description = "Warm-up questions per corpus, asked and searched (default 3000).")
    int warmup;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    BenchCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (questions < 10 || warmup < 0) {
            throw new IllegalArgumentException("--questions must be >= 10 and --warmup >= 0");
        }
        List<Path> targets = corpora.isEmpty() ? java.util.Collections.singletonList((Path) null) : corpora;
        List<BenchRow> rows = new ArrayList<>();
        for (Path corpus : targets) {
            rows.add(measure(corpus));
        }
        print(rows);
        return KabarCli.OK;
    }

    private BenchRow measure(Path corpus) throws IOException {
        Path index = Files.createTempDirectory("kabar-bench-");
        try {
            LibraryRequest request = new LibraryRequest(corpus == null ? null : corpus.toAbsolutePath(), index,
                    config == null ? null : config.toAbsolutePath(), true);
            try (Library library = opener.open(request, m -> io.err().println("kabar: " + m))) {
                IndexReport report = library.report();
                List<String> qs = BenchQuestions.sample(library.store(), Math.max(questions, warmup), 42);
                if (qs.isEmpty()) {
                    throw new IllegalArgumentException("corpus " + corpus + " has no passages to draw questions from");
                }
                io.err().println("kabar: measuring " + questions + " questions after " + warmup + " warm-up…");
                run(library, qs, warmup, true);
                run(library, qs, warmup, false);
                long[] ask = run(library, qs, questions, true);
                long[] search = run(library, qs, questions, false);
                return new BenchRow(corpus == null ? "bundled" : corpus.getFileName().toString(), report,
                        LatencyStats.of(ask), LatencyStats.of(search), peakHeapMb(), rssMb());
            }
        } finally {
            deleteTree(index);
        }
    }

    private static long[] run(Library library, List<String> qs, int n, boolean ask) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            String q = qs.get(i % qs.size());
            long t0 = System.nanoTime();
            if (ask) {
                library.asker().ask(q);
            } else {
                library.retriever().search(q, 10);
            }
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private void print(List<BenchRow> rows) {
        if (json) {
            ObjectNode o = ResultJson.mapper().createObjectNode();
            o.put("java", System.getProperty("java.version"));
            o.put("cores", Runtime.getRuntime().availableProcessors());
            o.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            ArrayNode a = o.putArray("corpora");
            rows.forEach(r -> a.add(r.json()));
            io.out().println(o.toString());
        } else {
            io.out().printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            io.out().println(BenchRow.HEADER);
            rows.forEach(r -> io.out().println(r.line()));
        }
        io.out().flush();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1; // not on Linux: no RSS figure
        }
        return -1;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
