package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import dev.kabar.retrieval.solr.SolrCollections;
import dev.kabar.retrieval.solr.SolrLocalCluster;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar eval} with {@code retrieval.backend=solr}: its own collection, and the embedded index's figures. */
class EvalOnSolrTest {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final List<String> QUALITY = List.of("recallAt1", "recallAt5", "recallAt10", "mrrAt10",
            "answerContainsGold", "citesGold", "exactMatch", "f1", "shortAnswerRate", "declinedUnanswerable",
            "wronglyDeclined");

    @TempDir
    Path tmp;

    @Test
    void should_score_as_the_embedded_index_in_a_collection_of_its_own_when_the_backend_is_solr() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        String url = cluster.urls().getFirst();
        String served = String.format(Locale.ROOT, "kabar_t_%08x", ThreadLocalRandom.current().nextInt());
        Path dataset = Files.writeString(tmp.resolve("mini.json"), EvalCommandTest.DATASET.replace('\'', '"'),
                StandardCharsets.UTF_8);
        Map<String, String> solr = new HashMap<>(Map.of("KABAR_RETRIEVAL_BACKEND", "solr",
                "KABAR_SOLR_URLS", String.join(",", cluster.urls()), "KABAR_SOLR_COLLECTION", served));
        try {
            JsonNode embedded = eval(Map.of(), dataset);
            JsonNode onSolr = eval(solr, dataset);

            for (String k : QUALITY) {
                assertThat(onSolr.get(k)).as(k).isEqualTo(embedded.get(k));
            }
            assertThat(onSolr.get("articles").asInt()).isEqualTo(6);
            assertThat(SolrCollections.names(url)).contains(served + "_eval").doesNotContain(served);
        } finally {
            SolrCollections.delete(url, served + "_eval");
        }
    }

    private JsonNode eval(Map<String, String> env, Path dataset) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        int code = KabarCli.create(new Kabar(env, HOME), io).execute("eval", "--dataset", dataset.toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
