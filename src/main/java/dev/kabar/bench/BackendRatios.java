package dev.kabar.bench;

import dev.kabar.chat.LibraryRequest.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Solr's figures over the embedded index's for one corpus measured on both in the same run
 * ({@code --backend both}): above 1 a latency is slower on Solr, below 1 indexing is.
 *
 * @param passagesPerSecond Solr's indexing rate over the embedded index's
 * @param indexBytes Solr's bytes on disk (all replicas) over the embedded index's
 */
record BackendRatios(String corpus, int replicas, double passagesPerSecond, double indexBytes, List<PerThreads> latency) {

    /** Latency ratios at one client thread count. */
    record PerThreads(int threads, double askP50, double askP99, double searchP50, double searchP99) {}

    BackendRatios {
        latency = List.copyOf(latency);
    }

    /** The ratios of every corpus that has both an embedded and a Solr row, in the rows' order. */
    static List<BackendRatios> of(List<BenchRow> rows) {
        List<BackendRatios> out = new ArrayList<>();
        for (BenchRow solr : rows) {
            if (solr.backend() == Backend.SOLR) {
                rows.stream().filter(r -> r.backend() == Backend.LUCENE && r.sameCorpus(solr)).findFirst()
                        .flatMap(lucene -> between(lucene, solr)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<BackendRatios> between(BenchRow lucene, BenchRow solr) {
        List<PerThreads> latency = new ArrayList<>();
        for (LoadRow s : solr.loads()) {
            lucene.loads().stream().filter(l -> l.threads() == s.threads()).findFirst().ifPresent(l -> latency.add(
                    new PerThreads(s.threads(), ratio(s.ask().latency().p50(), l.ask().latency().p50()),
                            ratio(s.ask().latency().p99(), l.ask().latency().p99()),
                            ratio(s.search().latency().p50(), l.search().latency().p50()),
                            ratio(s.search().latency().p99(), l.search().latency().p99()))));
        }
        return Optional.of(new BackendRatios(solr.corpus(), solr.replicas(),
                ratio(solr.passagesPerSecond(), lucene.passagesPerSecond()),
                ratio(solr.sizes().indexBytes(), lucene.sizes().indexBytes()), latency));
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
    }

    /** One line: {@code solr/lucene <corpus>: passages/s 0.31, disk 2.05; 1 client ask p50 2.40 p99 1.90, …}. */
    String line() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "solr/lucene %s: passages/s %.2f, disk %.2f",
                replicas > 1 ? corpus + " x" + replicas : corpus, passagesPerSecond, indexBytes));
        for (PerThreads t : latency) {
            b.append(String.format(Locale.ROOT, "; %d client%s ask p50 %.2f p99 %.2f, search p50 %.2f p99 %.2f",
                    t.threads(), t.threads() == 1 ? "" : "s", t.askP50(), t.askP99(), t.searchP50(), t.searchP99()));
        }
        return b.toString();
    }
}
