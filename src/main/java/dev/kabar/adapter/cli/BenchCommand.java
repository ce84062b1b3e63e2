package dev.kabar.adapter.cli;

import dev.kabar.bench.Bench;
import dev.kabar.bench.FeedBench;
import dev.kabar.bench.FeedRig;
import dev.kabar.bench.BenchReport;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest.Backend;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kabar bench}: the options of a {@link Bench} run, and its report as a table or JSON. */
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

    @Option(names = "--adds", defaultValue = "0",
            description = "Measured live additions of one article per corpus, after the other runs (default 0: off).")
    int adds;

    @Option(names = "--backend", paramLabel = "B", defaultValue = "configured",
            description = "Where to index and ask: configured (retrieval.backend), lucene, solr, or both (lucene, then solr,"
                    + " on the same corpus in the same run, with their ratios). Solr is solr.urls' cluster, in a collection"
                    + " <solr.collection>_bench made afresh per corpus (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--feeds", paramLabel = "N", defaultValue = "0",
            description = "Instead: the feed poller on a loopback site — N unchanged feeds of 50 items polled, "
                    + "then --feed-items new items taken in (default 0: off).")
    int feeds;

    @Option(names = "--feed-items", paramLabel = "M", defaultValue = "1000",
            description = "New items taken in by the feed benchmark (default 1000).")
    int feedItems;

    BenchCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    private static List<Backend> backends(String option) {
        return switch (option.strip().toLowerCase(Locale.ROOT)) {
            case "configured" -> List.of(Backend.CONFIGURED);
            case "lucene" -> List.of(Backend.LUCENE);
            case "solr" -> List.of(Backend.SOLR);
            case "both" -> List.of(Backend.LUCENE, Backend.SOLR);
            default -> throw new IllegalArgumentException(
                    "--backend must be configured, lucene, solr or both, was '" + option + "'");
        };
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (feeds > 0) {
            if (!(opener instanceof FeedRig rig)) {
                throw new IllegalStateException("the feed benchmark is not wired in here");
            }
            FeedBench.Result r = new FeedBench(rig, io::note).run(feeds, Math.max(1, feedItems));
            r.lines().forEach(io.out()::println);
            io.out().flush();
            return KabarCli.OK;
        }
        Bench.Plan plan = new Bench.Plan(corpora, config, scale, threads, questions, warmup, briefings, adds,
                backends(backend));
        BenchReport report = new Bench(opener, io::note).run(plan);
        if (json) {
            io.out().println(KabarJson.write(report.json()));
        } else {
            report.lines().forEach(io.out()::println);
        }
        io.out().flush();
        return KabarCli.OK;
    }
}
