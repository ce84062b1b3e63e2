package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar eval} end to end: fixture datasets, a real index in a temp dir, captured streams. */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final List<String> KEYS = List.of("recallAt1", "recallAt5", "recallAt10", "mrrAt10",
            "answerContainsGold", "citesGold", "exactMatch", "f1", "shortAnswerRate", "declinedUnanswerable",
            "wronglyDeclined", "questionsPerSecond", "p50Ms", "p95Ms", "p99Ms", "meanAnswerChars");
    private static final List<String> RATIOS = KEYS.subList(0, 11);

    /** Six short paragraphs; q3 and q7 are unanswerable from their paragraph. */
    static final String DATASET = """
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

    /** Distractors: one new paragraph, and one identical to a dataset paragraph (must be dropped). */
    private static final String DISTRACTORS = """
            {"id": "d1", "text": "Kota Bandung di Jawa Barat dijuluki Kota Kembang dan terkenal dengan udara sejuknya."}
            {"id": "d2", "text": "Komodo adalah kadal terbesar di dunia dan hidup di Pulau Komodo, Nusa Tenggara Timur."}
            """;

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", tmp.resolve("index").toString()));
        int code = KabarCli.create(new Kabar(Map.of(), HOME), io).execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path dataset() throws IOException {
        return write("mini.json", DATASET.replace('\'', '"'));
    }

    @Test
    void should_print_every_metric_for_kabar_and_the_baseline_as_json() throws IOException {
        Path distractors = Files.createDirectories(tmp.resolve("distractors"));
        Files.writeString(distractors.resolve("extra.jsonl"), DISTRACTORS, StandardCharsets.UTF_8);

        Run r = run("eval", "--dataset", dataset().toString(), "--distractors", distractors.toString(), "--baseline",
                "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.fieldNames()).toIterable().containsAll(KEYS).contains("questions", "articles", "baseline");
        assertThat(o.get("baseline").fieldNames()).toIterable().containsAll(KEYS);
        for (JsonNode scores : List.of(o, o.get("baseline"))) {
            RATIOS.forEach(k -> assertThat(scores.get(k).asDouble()).as(k).isBetween(0.0, 1.0));
            assertThat(scores.get("recallAt10").asDouble()).isGreaterThanOrEqualTo(scores.get("recallAt1").asDouble());
            assertThat(scores.get("p99Ms").asDouble()).isGreaterThanOrEqualTo(scores.get("p50Ms").asDouble());
        }
        assertThat(o.get("questions").asInt()).isEqualTo(9);
        assertThat(o.get("unanswerable").asInt()).isEqualTo(2);
        assertThat(o.get("articles").asInt()).as("6 contexts + 1 new distractor").isEqualTo(7);
        assertThat(o.get("duplicateDistractors").asInt()).isEqualTo(1);
        assertThat(o.get("recallAt10").asDouble()).as("distinct paragraphs are easy to find").isGreaterThan(0.8);
        assertThat(o.get("baseline").get("wronglyDeclined").asDouble()).isZero();
        assertThat(r.err()).contains("eval 9/9 [").contains("\r");
    }

    @Test
    void should_take_a_dataset_file_as_distractors_and_limit_the_questions() throws IOException {
        Path other = write("other.json", """
                [{"context": "Kota Bandung dijuluki Kota Kembang.", "qas": [{"id": "x", "question": "Apa julukan Bandung?",
                  "is_impossible": false, "answers": [{"text": "Kota Kembang", "answer_start": 22}]}]}]
                """);

        Run r = run("eval", "--dataset", dataset().toString(), "--distractors", other.toString(), "--limit", "3",
                "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("questions").asInt()).isEqualTo(3);
        assertThat(o.get("articles").asInt()).isEqualTo(7);
        assertThat(o.has("baseline")).isFalse();
    }

    @Test
    void should_print_a_table_and_the_requested_failures() throws IOException {
        Run r = run("eval", "--dataset", dataset().toString(), "--baseline", "--show-failures", "50");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("recallAt1").contains("kabar").contains("bm25").contains("9 questions");
        assertThat(r.out().lines().filter(l -> l.startsWith("Q  ")).count()).isLessThanOrEqualTo(9);
    }

    @Test
    void should_exit_2_with_one_line_when_the_dataset_is_missing_or_malformed() throws IOException {
        Run missing = run("eval", "--dataset", tmp.resolve("nope.json").toString());
        Run malformed = run("eval", "--dataset", write("bad.json", "{\"data\": 3}").toString());

        for (Run r : List.of(missing, malformed)) {
            assertThat(r.code()).isEqualTo(KabarCli.RUNTIME);
            assertThat(r.err().strip().lines().toList()).hasSize(1);
            assertThat(r.err()).startsWith("kabar: ").contains("SQuAD").doesNotContain("Exception");
        }
        assertThat(missing.err()).contains("dataset not found");
    }

    @Test
    void should_exit_1_on_usage_errors() throws IOException {
        assertThat(run("eval").code()).isEqualTo(KabarCli.USAGE);
        assertThat(run("eval", "--dataset", dataset().toString(), "--limit", "0").code()).isEqualTo(KabarCli.USAGE);
    }

    @Test
    void should_find_most_gold_paragraphs_of_tydiqa_when_the_data_is_present() throws IOException {
        Path valid = HOME.resolve("../shared/datasets/tydiqa_id/valid.json").normalize();
        assumeTrue(Files.isRegularFile(valid), "needs ../shared/datasets/tydiqa_id");

        Run r = run("eval", "--dataset", valid.toString(), "--limit", "50", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("recallAt5").asDouble()).isGreaterThan(0.5);
    }
}
