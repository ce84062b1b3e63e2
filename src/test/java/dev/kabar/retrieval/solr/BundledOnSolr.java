package dev.kabar.retrieval.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.retrieval.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The bundled corpus ({@code data/articles}) opened twice the way {@code ./kabar} opens it: embedded
 * (an index in a temporary directory) and on a SolrCloud collection of 2 shards × 2 replicas on
 * {@link SolrLocalCluster#shared()}. One per test JVM, shared by the Solr test classes, because
 * creating and filling a collection costs seconds; the tests that use it only read it (a node they
 * stop, they start again).
 */
public final class BundledOnSolr {

    public static final Path HOME = Path.of("").toAbsolutePath();

    private static BundledOnSolr shared;

    final SolrLocalCluster cluster;
    final String collection;
    final Library embedded;
    final Library solr;
    private final Path tmp;

    private BundledOnSolr(SolrLocalCluster cluster) throws IOException {
        this.cluster = cluster;
        this.collection = collectionName("bundled");
        this.tmp = Files.createTempDirectory("kabar-solr-bundled");
        this.embedded = new Kabar(Map.of(), HOME).open(new LibraryRequest(null, tmp.resolve("embedded"), null, false), m -> {});
        this.solr = new Kabar(env(cluster.urls(), collection, tmp), HOME)
                .open(new LibraryRequest(null, tmp.resolve("solr"), null, false), m -> {});
    }

    /** The test JVM's pair, opened on first use; skips the caller when the cluster module is not built. */
    public static synchronized BundledOnSolr shared() {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        if (shared == null) {
            try {
                shared = new BundledOnSolr(cluster);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BundledOnSolr opened = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "solr-bundled-close"));
        }
        return shared;
    }

    /** The environment that points kabar at {@code collection} on the nodes {@code urls}, its state under {@code tmp}. */
    public static Map<String, String> env(List<String> urls, String collection, Path tmp) {
        return Map.of("KABAR_RETRIEVAL_BACKEND", "solr",
                "KABAR_SOLR_URLS", String.join(",", urls),
                "KABAR_SOLR_COLLECTION", collection,
                "KABAR_SOLR_SHARDS", "2",
                "KABAR_SOLR_REPLICAS", "2",
                "KABAR_STATE_PATH", tmp.resolve("state").toString());
    }

    /** A collection name of this test JVM's own, so test classes (and runs) sharing a cluster never meet. */
    static String collectionName(String purpose) {
        return "kabar_t_" + purpose + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public SolrLocalCluster cluster() {
        return cluster;
    }

    /** The collection that holds the bundled corpus. */
    public String collection() {
        return collection;
    }

    SearchIndex embeddedIndex() {
        return index(embedded);
    }

    SearchIndex solrIndex() {
        return index(solr);
    }

    private static SearchIndex index(Library library) {
        assertThat(library.retriever()).isInstanceOf(SearchIndex.class);
        return (SearchIndex) library.retriever();
    }

    /** The English dev set's questions over the bundled articles (those whose context is copied in). */
    static List<String> englishQuestions() {
        List<String> out = new ArrayList<>();
        try {
            JsonNode dev = new ObjectMapper().readTree(Path.of("src/test/resources/eval/english-dev.json").toFile());
            for (JsonNode article : dev.get("data")) {
                for (JsonNode paragraph : article.get("paragraphs")) {
                    if (paragraph.has("context")) {
                        paragraph.get("qas").forEach(q -> out.add(q.get("question").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private void close() {
        try {
            solr.close();
        } finally {
            embedded.close();
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println(String.format(Locale.ROOT, "could not remove %s: %s", tmp, e.getMessage()));
            }
        }
    }
}
