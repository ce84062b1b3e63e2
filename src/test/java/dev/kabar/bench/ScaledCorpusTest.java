package dev.kabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.article.Article;
import dev.kabar.ingestion.CorpusReader;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.Ingestion;
import dev.kabar.ingestion.PassageSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaledCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void should_replicate_every_article_with_fresh_ids_when_scaled() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.jsonl"), """
                {"id":"x\\"1","title":"Banjir di Jakarta","text":"Banjir melanda Jakarta pada hari Senin pagi. Warga mengungsi ke tempat yang lebih tinggi.","outlet":"Kompas"}

                not json at all
                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), "Gempa di Palu\n\nGempa mengguncang Palu dan sekitarnya pada malam hari. Tidak ada korban jiwa.\n",
                StandardCharsets.UTF_8);
        Path out = Files.createDirectories(tmp.resolve("out"));

        ScaledCorpus.write(corpus, 3, out);

        Ingestion original = reader().readAll(corpus);
        Ingestion scaled = reader().readAll(out);
        assertThat(scaled.articles()).hasSize(3 * original.articles().size());
        assertThat(scaled.articles().stream().map(Article::id)).doesNotHaveDuplicates()
                .contains("x\"1", "x\"1~r1", "x\"1~r2", "b", "b~r1", "b~r2");
        assertThat(scaled.report().rejected()).hasSize(3 * original.report().rejected().size());
        Article copy = scaled.articles().stream().filter(a -> a.id().equals("x\"1~r2")).findFirst().orElseThrow();
        Article first = original.articles().stream().filter(a -> a.id().equals("x\"1")).findFirst().orElseThrow();
        assertThat(copy.text()).isEqualTo(first.text());
        assertThat(copy.meta().title()).isEqualTo(first.meta().title());
        assertThat(copy.meta().outlet()).isEqualTo("Kompas");
        assertThat(ScaledCorpus.bytes(out)).isGreaterThan(2 * ScaledCorpus.bytes(corpus));
        for (String line : Files.readAllLines(out.resolve("scaled-00001.jsonl"))) {
            if (line.startsWith("{")) {
                assertThat(JSON.readTree(line).fieldNames()).toIterable().containsExactly("id", "title", "text", "outlet");
            }
        }
    }

    @Test
    void should_write_no_jsonl_when_the_corpus_has_only_text_files() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("b.txt"), "Judul\n\nIsi berita yang cukup panjang untuk satu bagian.\n");
        Path out = Files.createDirectories(tmp.resolve("out"));

        ScaledCorpus.write(corpus, 2, out);

        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("b.txt", "b~r1.txt"));
        }
    }

    private static CorpusReader reader() {
        return new CorpusReader(FurnitureRules.load(Path.of("config/furniture.txt")), new PassageSplitter());
    }
}
