package dev.kabar.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.retrieval.SourceFilter;
import java.time.MonthDay;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The source a question names, in Indonesian and English; made-up outlets besides well-known ones. */
class SourceQuestionsTest {

    private static final List<String> LOADED = List.of("Warta Kota", "IDN Times", "Reuters");

    private final SourceQuestions questions = new SourceQuestions();

    private SourceQuestion read(String question) {
        return questions.read(question, LOADED);
    }

    @Test
    void should_read_menurut_and_according_to_and_keep_the_rest_of_the_question() {
        SourceQuestion id = read("Menurut IDN Times, apa yang dilakukan Korea Selatan?");
        assertThat(id.filter()).isEqualTo(SourceFilter.outlet("idntimes.com"));
        assertThat(id.content()).isEqualTo("apa yang dilakukan Korea Selatan?");
        assertThat(id.source()).isEqualTo("IDN Times");
        SourceQuestion en = read("According to the Warta Kota, how many villages flooded?");
        assertThat(en.filter().outletKey()).isEqualTo("wartakota");
        assertThat(en.content()).isEqualTo("how many villages flooded?");
    }

    @Test
    void should_read_an_outlet_before_a_reporting_verb() {
        SourceQuestion en = read("What did Reuters report about the flood?");
        assertThat(en.filter().outletKey()).isEqualTo("reuters");
        assertThat(en.content()).doesNotContain("Reuters");
        SourceQuestion id = read("Apa yang Warta Kota laporkan? Warta Kota melaporkan banjir di mana?");
        assertThat(id.filter().outletKey()).isEqualTo("wartakota");
        assertThat(read("Apa isi laporan Reuters soal banjir?").content()).isEqualTo("Apa isi soal banjir?");
    }

    @Test
    void should_take_an_outlet_that_is_not_loaded_when_the_list_knows_it_or_it_is_a_domain() {
        assertThat(read("What did Bloomberg report about the flood?").source()).isEqualTo("Bloomberg");
        assertThat(read("Menurut pelitapagi.co.id, siapa yang menang?").filter().outletKey()).isEqualTo("pelitapagi");
    }

    @Test
    void should_name_no_source_for_encyclopaedic_or_unrelated_questions() {
        assertThat(read("Menurut teori relativitas, apa itu waktu?").aboutSources()).isFalse();
        assertThat(read("Apa kepanjangan dari BBC?").aboutSources()).isFalse();
        assertThat(read("What does CNN stand for?").aboutSources()).isFalse();
        assertThat(read("Kapan Reuters didirikan?").aboutSources()).isFalse();
        assertThat(read("Siapa yang menulis surat kepada gubernur?").aboutSources()).isFalse();
        assertThat(read("Apa yang terjadi pada 20 Juni 2024?").aboutSources()).isFalse();
        assertThat(read("Kerja sama antara dua negara itu apa?").aboutSources()).isFalse();
    }

    @Test
    void should_read_author_questions_in_both_languages() {
        SourceQuestion id = read("Siapa penulis laporan Reuters tentang banjir?");
        assertThat(id.asksAuthor()).isTrue();
        assertThat(id.filter().outletKey()).isEqualTo("reuters");
        assertThat(id.content()).isEqualTo("Siapa penulis tentang banjir?");
        assertThat(read("Who wrote the Reuters report?").content()).isEqualTo("Who wrote?");
        assertThat(read("Who wrote the article about the flood?").asksAuthor()).isTrue();
        assertThat(read("Who wrote the article about the flood?").filter().isNone()).isTrue();
    }

    @Test
    void should_read_a_publication_day_after_a_news_word() {
        SourceQuestion id = read("Apa isi berita tanggal 20 Juni?");
        assertThat(id.filter()).isEqualTo(SourceFilter.NONE.on(MonthDay.of(6, 20), 0));
        assertThat(id.content()).isEqualTo("Apa isi?");
        assertThat(id.source()).isEqualTo("20 Juni");
        assertThat(read("What happened in the news from June 20, 2024?").filter())
                .isEqualTo(SourceFilter.NONE.on(MonthDay.of(6, 20), 2024));
        assertThat(read("Menurut IDN Times, berita tanggal 21/6/2024 tentang apa?").filter())
                .isEqualTo(SourceFilter.outlet("IDN Times").on(MonthDay.of(6, 21), 2024));
        assertThat(read("Apa isi berita tanggal 31 Juni?").aboutSources()).isFalse();
    }

    @Test
    void should_read_the_newest_news_and_a_days_news_relative_to_today() {
        LocalDate today = LocalDate.of(2025, 3, 5);
        SourceQuestions questions = new SourceQuestions();

        SourceQuestion newest = questions.read("Berita terbaru tentang banjir di Lematang?", List.of(), today);
        assertThat(newest.recency()).isEqualTo(SourceQuestion.Recency.NEWEST);
        assertThat(newest.content()).isEqualTo("banjir di Lematang");
        assertThat(newest.filter()).isEqualTo(SourceFilter.NONE);
        SourceQuestion latest = questions.read("What's the latest on the floods?", List.of(), today);
        assertThat(latest.recency()).isEqualTo(SourceQuestion.Recency.NEWEST);
        assertThat(latest.content()).isEqualTo("floods");

        SourceQuestion yesterday = questions.read("Apa yang terjadi kemarin?", List.of(), today);
        assertThat(yesterday.recency()).isEqualTo(SourceQuestion.Recency.DAY);
        assertThat(yesterday.content()).isEmpty();
        assertThat(yesterday.filter()).isEqualTo(SourceFilter.NONE.on(MonthDay.of(3, 4), 2025));
        assertThat(yesterday.source()).isEqualTo("kemarin");
        SourceQuestion today_ = questions.read("What happened today?", List.of(), today);
        assertThat(today_.filter()).isEqualTo(SourceFilter.NONE.on(MonthDay.of(3, 5), 2025));

        SourceQuestion printed = questions.read("Berita tanggal 20 Juni yang terbaru soal gempa", List.of(), today);
        assertThat(printed.filter().day()).as("a printed date wins").isEqualTo(MonthDay.of(6, 20));
        assertThat(printed.recency()).isEqualTo(SourceQuestion.Recency.NEWEST);

        assertThat(questions.read("Kapan banjir melanda Lematang?", List.of(), today).asksRecent()).isFalse();
        assertThat(questions.read("Siapa pemain terbaik musim ini?", List.of(), today).asksRecent()).isFalse();
    }

    @Test
    void should_read_an_author_of_the_loaded_articles_after_a_cue() {
        LocalDate today = LocalDate.of(2025, 3, 5);
        List<String> authors = List.of("Sari Dewi", "Rina Halim");

        SourceQuestion id = questions.read("Apa tulisan Sari Dewi tentang banjir?", LOADED, authors, today);
        assertThat(id.filter().authorKey()).isEqualTo("sari dewi");
        assertThat(id.content()).isEqualTo("Apa tentang banjir?");
        assertThat(id.source()).isEqualTo("Sari Dewi");
        SourceQuestion en = questions.read("What did the articles by rina halim say about prices?", LOADED, authors, today);
        assertThat(en.filter().authorKey()).isEqualTo("rina halim");

        assertThat(questions.read("Apa kata Sari Dewi tentang banjir?", LOADED, authors, today).aboutSources())
                .as("a speaker, not the writer").isFalse();
        assertThat(questions.read("Apa tulisan Budi Santoso?", LOADED, authors, today).aboutSources())
                .as("not an author of the loaded articles").isFalse();
    }
}
