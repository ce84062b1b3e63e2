package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a temp folder: good and bad inputs side by side. */
class CorpusReaderTest {

    private static final String BODY = "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu. Kunjungan itu yang pertama dalam 24 tahun.";

    private final CorpusReader reader =
            new CorpusReader(FurnitureRules.load(Path.of("config/furniture.txt")), new PassageSplitter());

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void should_reject_bad_files_and_keep_reading_when_the_folder_mixes_good_and_bad() throws Exception {
        write("a-good.txt", "Judul\n\n" + BODY + "\n");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {'J', 0, 1, 2, 'x'});
        write("c-empty.txt", "  \n\n");
        Files.write(dir.resolve("d-latin1.txt"), "Judul\nBerita caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        write("e-title-only.txt", "Hanya Judul\n\nBaca juga: sesuatu\n");
        write("notes.md", "ignored: not an article file");

        Ingestion result = reader.readAll(dir);

        assertThat(result.articles()).extracting(Article::id).containsExactly("a-good");
        assertThat(result.report().filesRead()).isEqualTo(5);
        assertThat(result.report().rejected()).extracting(Rejection::source)
                .containsExactly("b-binary.txt", "c-empty.txt", "d-latin1.txt", "e-title-only.txt");
        assertThat(result.report().rejected()).extracting(Rejection::reason).satisfiesExactly(
                r -> assertThat(r).contains("binary"),
                r -> assertThat(r).contains("empty"),
                r -> assertThat(r).contains("not valid UTF-8"),
                r -> assertThat(r).contains("no article text"));
        assertThat(result.report().summary()).endsWith(", 4 rejected");
    }

    @Test
    void should_reject_only_the_bad_lines_when_a_jsonl_file_has_some() throws Exception {
        Path file = write("corpus.jsonl", String.join("\n",
                "{\"id\": \"x1\", \"text\": \"" + BODY + "\", \"title\": \"Satu\", \"outlet\": \"Antara\", \"published\": \"2024-06-19\", \"url\": \"https://e.id/1\"}",
                "{\"id\": \"x2\", \"text\": ",
                "",
                "{\"text\": \"tanpa id\"}",
                "{\"id\": 7, \"text\": \"id angka\"}",
                "{\"id\": \"x3\"}",
                "[1, 2]",
                "{\"id\": \"x1\", \"text\": \"" + BODY + "\"}",
                "{\"id\": \"x4\", \"text\": \"JAKARTA, KOMPAS.com - " + BODY + "\\nBaca juga: lain\", \"published\": \"19 Juni\"}"));

        Ingestion result = reader.readAll(file);

        assertThat(result.articles()).extracting(Article::id).containsExactly("x1", "x4");
        assertThat(result.report().rejected()).extracting(Rejection::source)
                .containsExactly("corpus.jsonl:2", "corpus.jsonl:4", "corpus.jsonl:5", "corpus.jsonl:6",
                        "corpus.jsonl:7", "corpus.jsonl:8");
        assertThat(result.report().rejected().get(0).reason()).startsWith("not valid JSON");
        assertThat(result.report().rejected().get(1).reason()).contains("missing 'id'");
        assertThat(result.report().rejected().get(2).reason()).contains("'id' must be a string");
        assertThat(result.report().rejected().get(3).reason()).contains("missing 'text'");
        assertThat(result.report().rejected().get(5).reason()).contains("duplicate article id 'x1'");

        Article x1 = result.articles().get(0);
        assertThat(x1.meta().title()).isEqualTo("Satu");
        assertThat(x1.meta().outlet()).isEqualTo("Antara");
        assertThat(x1.meta().published()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(x1.meta().url()).isEqualTo("https://e.id/1");

        Article x4 = result.articles().get(1);
        assertThat(x4.text()).isEqualTo(BODY);
        assertThat(x4.meta().outlet()).isEqualTo("Kompas.com");
        assertThat(x4.meta().title()).isEqualTo(BODY); // no title field: the first paragraph (short here)
        assertThat(x4.meta().published()).isNull();
        assertThat(result.report().warnings()).singleElement()
                .satisfies(w -> assertThat(w.source()).isEqualTo("corpus.jsonl:9"));
    }

    @Test
    void should_keep_an_article_without_its_url_when_the_url_is_not_http() throws Exception {
        Path file = write("links.jsonl", String.join("\n",
                "{\"id\": \"s\", \"text\": \"" + BODY + "\", \"url\": \"javascript:alert(document.cookie)\"}",
                "{\"id\": \"w\", \"text\": \"" + BODY + "\", \"url\": \"https://e.id/w\"}") + "\n");

        Ingestion result = reader.readAll(file);

        assertThat(result.articles()).extracting(a -> a.meta().url()).containsExactly("", "https://e.id/w");
        assertThat(result.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo("links.jsonl:1");
            assertThat(w.reason()).contains("not an http(s) address");
        });
    }

    @Test
    void should_reject_invalid_utf8_on_one_jsonl_line_and_read_the_rest() throws Exception {
        byte[] bad = "{\"id\": \"b\", \"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = ("{\"id\": \"g\", \"text\": \"" + BODY + "\"}\n").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, concat(bad, good));

        Ingestion result = reader.readAll(file);

        assertThat(result.articles()).extracting(Article::id).containsExactly("g");
        assertThat(result.report().rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("mixed.jsonl:1");
            assertThat(r.reason()).contains("not valid UTF-8");
        });
    }

    @Test
    void should_rebuild_text_when_a_line_has_indosum_paragraphs() throws Exception {
        String line = """
                {"id": "indo-1", "source": "kompas", "source_url": "https://kompas.com/1", "category": "x",
                 "paragraphs": [[["Ketua", "MPR", "menyesalkan", "kisruh", "(", "konflik", ")", "itu", "."],
                                 ["\\"", "Tidak", "hanya", "tarif", ",", "\\"", "ucap", "Zulkifli", "di", "Jakarta", ",",
                                  "Senin", "(", "27", "/", "3", ")", "."]],
                                [["Baca", "juga", ":", "Setya", "Novanto", ":", "Jangan", "Sampai"]],
                                [["Angka", "naik", "5", "%", "hari", "ini", ";", "kata", "dia", "!"]]]}
                """.replace("\n", " ");
        Ingestion result = reader.readAll(write("indosum.jsonl", line + "\n"));

        Article article = result.articles().getFirst();
        assertThat(article.text()).isEqualTo(
                "Ketua MPR menyesalkan kisruh (konflik) itu. \"Tidak hanya tarif,\" ucap Zulkifli di Jakarta, Senin (27/3)."
                        + "\n\nAngka naik 5% hari ini; kata dia!");
        assertThat(article.meta().outlet()).isEqualTo("kompas");
        assertThat(article.meta().url()).isEqualTo("https://kompas.com/1");
        assertThat(article.meta().title()).startsWith("Ketua MPR menyesalkan kisruh");
        assertThat(result.report().furnitureLinesRemoved()).isEqualTo(1);
    }

    @Test
    void should_reject_an_indosum_line_when_paragraphs_have_the_wrong_shape() throws Exception {
        Ingestion result = reader.readAll(write("bad.jsonl", "{\"id\": \"i\", \"paragraphs\": [\"flat text\"]}\n"));
        assertThat(result.report().rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("'paragraphs' must be a list of paragraphs"));
    }

    @Test
    void should_stream_articles_to_the_sink_in_file_name_order() throws Exception {
        write("b.txt", "B\n" + BODY);
        write("a.txt", "A\n" + BODY);
        write("c.jsonl", "{\"id\": \"c\", \"text\": \"" + BODY + "\"}\n");
        List<String> seen = new ArrayList<>();
        IngestionReport report = reader.read(dir, a -> seen.add(a.id()));
        assertThat(seen).containsExactly("a", "b", "c");
        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.summary()).isEqualTo("3 articles, 3 passages, 0 furniture lines removed, 0 rejected");
    }

    @Test
    void should_say_what_to_do_when_the_corpus_path_is_missing_or_wrong() throws Exception {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> reader.readAll(missing))
                .isInstanceOf(CorpusException.class)
                .hasMessage("corpus not found: " + missing + " — pass --corpus with a folder of .txt files or a .jsonl file");
        Path pdf = write("paper.pdf", "%PDF");
        assertThatThrownBy(() -> reader.readAll(pdf))
                .isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("not a corpus: " + pdf)
                .hasMessageNotContaining("\n");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> reader.readAll(empty)).hasMessageStartingWith("no .txt or .jsonl files in");
    }

    @Test
    void should_change_the_fingerprint_when_a_file_changes() throws Exception {
        write("a.txt", "A\n" + BODY);
        write("ignored.md", "not read");
        String before = CorpusReader.fingerprint(dir);
        assertThat(before).hasSize(64).isEqualTo(CorpusReader.fingerprint(dir));
        write("ignored.md", "still not read");
        assertThat(CorpusReader.fingerprint(dir)).isEqualTo(before);
        write("a.txt", "A\n" + BODY + " ");
        assertThat(CorpusReader.fingerprint(dir)).isNotEqualTo(before);
        Files.move(dir.resolve("a.txt"), dir.resolve("b.txt"));
        assertThat(CorpusReader.fingerprint(dir)).isNotEqualTo(before);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
