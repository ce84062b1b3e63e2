package dev.kabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import dev.kabar.chat.LibraryRequest.Backend;
import dev.kabar.retrieval.solr.SolrCollections;
import dev.kabar.retrieval.solr.SolrLocalCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** {@code kabar bench --backend both} on the bundled corpus, against a real 2-node SolrCloud. */
class SolrBenchTest {

    private static final Path HOME = Path.of("").toAbsolutePath();

    @Test
    void should_measure_the_same_corpus_on_both_backends_without_touching_the_served_collection() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        String url = cluster.urls().getFirst();
        String served = String.format(Locale.ROOT, "kabar_t_%08x", ThreadLocalRandom.current().nextInt());
        Map<String, String> env = Map.of("KABAR_SOLR_URLS", String.join(",", cluster.urls()),
                "KABAR_SOLR_COLLECTION", served);
        Bench.Plan plan = new Bench.Plan(List.of(Path.of("data/articles")), null, 0, List.of(1), 10, 5, 0, 0,
                List.of(Backend.LUCENE, Backend.SOLR));
        try {
            BenchReport report = new Bench(new Kabar(env, HOME), n -> {}).run(plan);

            JsonNode json = new ObjectMapper().valueToTree(report.json());
            JsonNode lucene = json.get("corpora").get(0);
            JsonNode solr = json.get("corpora").get(1);
            assertThat(lucene.get("backend").asText()).isEqualTo("lucene");
            assertThat(solr.get("backend").asText()).isEqualTo("solr");
            assertThat(solr.get("passages").asInt()).isEqualTo(lucene.get("passages").asInt()).isPositive();
            assertThat(solr.get("indexMb").asDouble()).as("CoreAdmin STATUS sizes").isPositive();
            JsonNode ratios = json.get("solrOverLucene").get(0);
            assertThat(ratios.get("corpus").asText()).isEqualTo("articles");
            assertThat(ratios.get("latency").get(0).get("askP50").asDouble()).isPositive();
            assertThat(report.lines()).anyMatch(l -> l.startsWith("solr/lucene articles: passages/s "));
            assertThat(SolrCollections.names(url)).contains(served + "_bench").doesNotContain(served);
        } finally {
            SolrCollections.delete(url, served + "_bench");
        }
    }
}
