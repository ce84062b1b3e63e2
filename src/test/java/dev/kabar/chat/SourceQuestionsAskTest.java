package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.app.Kabar;
import dev.kabar.article.ArticleMeta;
import dev.kabar.retrieval.ArticleSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions about sources through the front door, on a corpus of made-up articles the test writes:
 * bylines and date lines read at ingestion, retrieval restricted to the outlet or day a question
 * names, authors answered from the bylines, an outlet that is not loaded declined.
 */
class SourceQuestionsAskTest {

    @TempDir
    static Path root;

    private static Library library;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        write(corpus, "a1", """
                Banjir merendam desa di hulu Sungai Lematang

                Oleh Rina Halim dan Tomas Ortega

                MUARA ENIM, WARTAKOTA.com – Banjir merendam tiga desa di hulu Sungai Lematang pada Selasa malam.

                Sebanyak 120 warga mengungsi ke balai desa, kata kepala desa Sumber Jaya.

                Kantor berita Xinhua melaporkan 300 rumah rusak akibat banjir di hulu sungai itu.
                """);
        write(corpus, "a2", """
                Banjir surut, warga kembali ke rumah

                Sari Dewi • 21 Juni 2024 09:15

                Pelita: Banjir di hilir Sungai Lematang surut pada Kamis pagi dan 80 warga kembali ke rumah.

                Penulis: Sari Dewi | Editor: Andi Wijaya
                """);
        write(corpus, "a3", """
                Harga cabai naik menjelang panen raya

                PelitaPagi.com - 20/06/2024, 14:20 WIB

                Harga cabai merah di pasar induk naik menjadi Rp 80.000 per kilogram pada pekan ini.
                """);
        library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(corpus, root.resolve("index"), null, false), m -> {});
    }

    private static void write(Path corpus, String id, String text) throws IOException {
        Files.writeString(corpus.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static Answer ask(String question) {
        return library.door().ask(Question.of(question)).answer();
    }

    private static ArticleMeta meta(String id) {
        return library.store().articles().stream().map(ArticleSummary::meta).filter(m -> m.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void should_read_bylines_outlets_and_dates_into_the_metadata_and_out_of_the_passages() {
        assertThat(meta("a1").byline()).isEqualTo("Rina Halim dan Tomas Ortega");
        assertThat(meta("a1").outlet()).isEqualTo("WARTAKOTA.com");
        assertThat(meta("a2").byline()).isEqualTo("Sari Dewi");
        assertThat(meta("a2").published()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(meta("a3").outlet()).isEqualTo("PelitaPagi.com");
        assertThat(meta("a3").published()).isEqualTo(LocalDate.of(2024, 6, 20));
        for (String id : new String[] {"a1", "a2", "a3"}) {
            String text = library.store().article(id).orElseThrow().text();
            assertThat(text).doesNotContain("Oleh Rina", "Sari Dewi •", "Penulis:", "Editor:", "14:20 WIB", "WARTAKOTA.com");
        }
    }

    @Test
    void should_answer_only_from_the_outlet_a_question_names() {
        Answer id = ask("Menurut Warta Kota, berapa warga mengungsi akibat banjir?");
        assertThat(id.grounded()).as(id.text()).isTrue();
        assertThat(id.citations()).allSatisfy(c -> assertThat(c.article().id()).isEqualTo("a1"));
        Answer en = ask("According to wartakota.com, how many residents fled the flood?");
        assertThat(en.citations()).allSatisfy(c -> assertThat(c.article().id()).isEqualTo("a1"));
        Answer other = ask("Menurut PelitaPagi.com, berapa warga kembali ke rumah setelah banjir surut?");
        assertThat(other.grounded()).isFalse();
    }

    @Test
    void should_answer_only_from_what_the_author_a_question_names_wrote() {
        Answer a = ask("Apa tulisan Sari Dewi tentang banjir?");
        assertThat(a.grounded()).as(a.text()).isTrue();
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.article().id()).isEqualTo("a2"));
        Answer en = ask("How many residents fled, in the article by Rina Halim?");
        assertThat(en.citations()).allSatisfy(c -> assertThat(c.article().id()).isEqualTo("a1"));
    }

    @Test
    void should_decline_an_outlet_none_of_the_articles_is_from() {
        Answer id = ask("Menurut Bloomberg, berapa warga mengungsi?");
        assertThat(id).isInstanceOfSatisfying(Answer.Declined.class, d -> {
            assertThat(d.reason().code()).isEqualTo("no-source:Bloomberg");
            assertThat(d.text()).contains("Tidak ada artikel dari Bloomberg.");
        });
        Answer en = ask("What did Reuters report about the flood?");
        assertThat(en.text()).contains("None of the articles is from Reuters.");
    }

    @Test
    void should_answer_from_the_text_when_an_article_reports_what_an_outlet_not_loaded_said() {
        Answer a = ask("Menurut Xinhua, berapa rumah rusak akibat banjir?");
        assertThat(a.grounded()).as(a.text()).isTrue();
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.passage().text()).contains("Xinhua"));
    }

    @Test
    void should_answer_who_wrote_from_the_byline_with_a_citation_of_the_article() {
        Answer id = ask("Siapa penulis laporan Warta Kota?");
        assertThat(id).isInstanceOfSatisfying(Answer.Grounded.class, g -> {
            assertThat(g.text()).isEqualTo("Laporan WARTAKOTA.com ditulis oleh Rina Halim dan Tomas Ortega [1].");
            assertThat(g.shortAnswer()).isEqualTo("Rina Halim dan Tomas Ortega");
            assertThat(g.citations()).singleElement().satisfies(c -> assertThat(c.passage().id()).isEqualTo("a1#1"));
        });
        Answer en = ask("Who wrote the WartaKota.com report?");
        assertThat(en.text()).isEqualTo("The WARTAKOTA.com report was written by Rina Halim and Tomas Ortega [1].");
        Answer topic = ask("Who wrote the article about the flood receding?");
        assertThat(topic.text()).contains("Sari Dewi");
    }

    @Test
    void should_decline_an_author_question_when_the_article_names_no_author() {
        Answer a = ask("Siapa penulis laporan PelitaPagi.com?");
        assertThat(a).isInstanceOfSatisfying(Answer.Declined.class,
                d -> assertThat(d.reason().code()).isEqualTo("no-author"));
    }

    @Test
    void should_restrict_to_the_publication_day_a_question_names() {
        Answer june20 = ask("Apa isi berita tanggal 20 Juni tentang harga cabai?");
        assertThat(june20.grounded()).as(june20.text()).isTrue();
        assertThat(june20.citations()).allSatisfy(c -> assertThat(c.article().id()).isEqualTo("a3"));
        Answer none = ask("Apa isi berita tanggal 5 Mei tentang harga cabai?");
        assertThat(none).isInstanceOfSatisfying(Answer.Declined.class,
                d -> assertThat(d.reason().code()).isEqualTo("no-source:5 Mei"));
    }
}
