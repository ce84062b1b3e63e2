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

    /** Six short paragraphs; q3 and q7 are unanswerable from their paragraph. */
    private static final String DATASET = """
            [{'context': 'Candi Borobudur terletak di Magelang, Jawa Tengah. Candi Buddha terbesar di dunia ini dibangun pada abad ke-9 pada masa Dinasti Syailendra.',
              'qas': [{'id': 'q1', 'question': 'Di kabupaten mana Candi Borobudur terletak?', 'is_impossible': false, 'answers': [{'text': 'Magelang', 'answer_start': 28}]},
                      {'id': 'q2', 'question': 'Pada abad keberapa Candi Borobudur dibangun?', 'is_impossible': false, 'answers': [{'text': 'abad ke-9', 'answer_start': 86}]},
                      {'id': 'q3', 'question': 'Siapa arsitek yang merancang Candi Borobudur?', 'is_impossible': true, 'answers': []}]},
             {'context': 'Danau Toba adalah danau vulkanik di Sumatra Utara. Di tengah danau itu terdapat Pulau Samosir yang dihuni suku Batak Toba.',
              'qas': [{'id': 'q4', 'question': 'Pulau apa yang terdapat di tengah Danau Toba?', 'is_impossible': false, 'answers': [{'text': 'Pulau Samosir', 'answer_start': 80}]}]},
             {'context': 'Gunung Merapi di perbatasan Jawa Tengah dan Yogyakarta meletus hebat pada tahun 2010. Letusan itu menewaskan juru kunci Mbah Maridjan.',
              'qas': [{'id': 'q5', 'question': 'Kapan Gunung Merapi meletus hebat?', 'is_impossible': false, 'answers': [{'text': '2010', 'answer_start': 80}, {'text': 'tahun 2010', 'answer_start': 74}]}]},
             {'context': 'Tari Kecak berasal dari Bali dan biasanya dipentaskan oleh puluhan penari laki-laki yang duduk melingkar sambil menyerukan cak.',
              'qas': [{'id': 'q6', 'question': 'Dari mana asal Tari Kecak?', 'is_impossible': false, 'answers': [{'text': 'Bali', 'answer_start': 24}]},
                      {'id': 'q7', 'question': 'Berapa harga tiket menonton Tari Kecak di Uluwatu?', 'is_impossible': true, 'answers': []}]},
             {'context': 'Rendang adalah masakan daging khas Minangkabau dari Sumatra Barat yang dimasak lama dengan santan dan rempah.',
              'qas': [{'id': 'q8', 'question': 'Rendang adalah masakan khas daerah mana?', 'is_impossible': false, 'answers': [{'text': 'Minangkabau', 'answer_start': 35}]}]},
             {'context': 'Komodo adalah kadal terbesar di dunia dan hidup di Pulau Komodo, Nusa Tenggara Timur.',
              'qas': [{'id': 'q9', 'question': 'Di pulau mana komodo hidup?', 'is_impossible': false, 'answers': [{'text': 'Pulau Komodo', 'answer_start': 51}]}]}]
            """;

    @TempDir
    Path tmp;

    @Test
    void should_score_as_the_embedded_index_in_a_collection_of_its_own_when_the_backend_is_solr() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        String url = cluster.urls().getFirst();
        String served = String.format(Locale.ROOT, "kabar_t_%08x", ThreadLocalRandom.current().nextInt());
        Path dataset = Files.writeString(tmp.resolve("mini.json"), DATASET.replace('\'', '"'), StandardCharsets.UTF_8);
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
