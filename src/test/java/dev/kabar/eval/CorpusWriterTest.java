package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QaDataset DATA = new QaDataset(List.of("Satu dua tiga.", "Empat lima."),
            List.of(new QaItem("q", "Apa?", 1, List.of("lima"), false)), List.of());

    @TempDir
    Path tmp;

    private List<JsonNode> articles(Path folder) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    @Test
    void should_write_each_context_as_a_jsonl_article_with_a_ctx_id() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        CorpusWriter w = new CorpusWriter(corpus);

        w.writeDataset(DATA);

        assertThat(articles(corpus)).extracting(a -> a.get("id").asText()).containsExactly("ctx-000000", "ctx-000001");
        assertThat(articles(corpus).get(1).get("text").asText()).isEqualTo("Empat lima.");
        assertThat(w.stats()).isEqualTo(new CorpusWriter.Stats(2, 0, 0));
    }

    @Test
    void should_drop_distractors_identical_to_a_dataset_context() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path folder = Files.createDirectories(tmp.resolve("extra"));
        Files.writeString(folder.resolve("a.jsonl"), """
                {"id": "x", "text": "Empat  lima. "}
                {"id": "y", "text": "Enam tujuh."}
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), "Judul\n\nIsi.\n", StandardCharsets.UTF_8);
        Path squad = Files.writeString(tmp.resolve("d.json"),
                "[{\"context\": \"Satu dua tiga.\", \"qas\": []}, {\"context\": \"Delapan.\", \"qas\": []}]");
        CorpusWriter w = new CorpusWriter(corpus);

        w.writeDataset(DATA);
        w.addDistractors(folder);
        w.addDistractors(squad);

        assertThat(articles(corpus)).extracting(a -> a.get("id").asText())
                .containsExactly("ctx-000000", "ctx-000001", "dis-000000", "y");
        assertThat(w.stats()).isEqualTo(new CorpusWriter.Stats(2, 3, 2));
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("a-dataset.jsonl", "b-distractors.jsonl", "c-000-a.jsonl", "c-001-b.txt");
        }
    }

    @Test
    void should_reject_missing_or_unusable_distractors() throws IOException {
        CorpusWriter w = new CorpusWriter(tmp);
        Path pdf = Files.writeString(tmp.resolve("x.pdf"), "%PDF");

        assertThatThrownBy(() -> w.addDistractors(tmp.resolve("none"))).isInstanceOf(DatasetException.class)
                .hasMessageContaining("distractors not found");
        assertThatThrownBy(() -> w.addDistractors(pdf)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("cannot use");
    }

    @Test
    void should_answer_the_baseline_with_the_sentence_sharing_most_question_words() {
        String passage = "Candi itu dibangun pada abad ke-9. Letaknya di Magelang, Jawa Tengah. Pengunjung ramai.";

        assertThat(BestSentence.of("Di mana letaknya candi Borobudur, Magelang?", passage))
                .isEqualTo("Letaknya di Magelang, Jawa Tengah.");
        assertThat(BestSentence.of("Siapa?", passage)).isEqualTo("Candi itu dibangun pada abad ke-9.");
    }

    @Test
    void should_draw_the_progress_bar_proportionally() {
        assertThat(ProgressBar.line(0, 10, 0)).isEqualTo("eval 0/10 [" + " ".repeat(30) + "] 0 q/s");
        assertThat(ProgressBar.line(5, 10, 0.5)).isEqualTo("eval 5/10 [" + "=".repeat(14) + ">" + " ".repeat(15)
                + "] 10 q/s");
        assertThat(ProgressBar.line(10, 10, 1)).isEqualTo("eval 10/10 [" + "=".repeat(30) + "] 10 q/s");
    }
}
