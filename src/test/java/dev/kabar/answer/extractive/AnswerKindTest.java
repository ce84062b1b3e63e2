package dev.kabar.answer.extractive;

import static dev.kabar.answer.Fixtures.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.Fixtures;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number with the wrong unit is no answer: "berapa lama" wants a duration, "berapa orang" a count of
 * people, "mengapa" a reason. Over an invented story (a minister's visit, a port deal, a police raid).
 */
class AnswerKindTest {

    private static final String HOTEL = "Menteri Perhubungan Rahmat Wibisono berada di Makassar dan menginap di hotel"
            + " setinggi 45 lantai di tepi pantai Losari.";
    private static final String STAY = "Kunjungan kerja Rahmat Wibisono di Makassar berlangsung selama tiga hari,"
            + " kata juru bicara kementerian.";
    private static final String SIGNED = "Indonesia dan Brasil menandatangani pakta pelabuhan di Brasilia pada Rabu"
            + " (12/6/2024).";
    private static final String WHY = "Pakta pelabuhan itu ditandatangani Indonesia dan Brasil karena kedua negara"
            + " ingin memperluas ekspor kopi.";
    private static final String SEIZED = "Polisi menyita uang tunai Rp 250 juta dalam penggerebekan gudang di Medan"
            + " pada Jumat malam.";
    private static final String ARRESTED = "Sebanyak 14 orang ditangkap polisi dalam penggerebekan gudang di Medan"
            + " tersebut.";
    private static final String ARTICLE_4 = "Pasal 4 perjanjian itu mengatur kerja sama pertahanan jika salah satu"
            + " pihak diserang oleh negara lain.";

    private final ExtractiveComposer composer = Fixtures.composer();

    private Answer ask(String question, Hit... hits) {
        return composer.compose(question, Language.detect(question), List.of(hits));
    }

    private static Answer.Grounded grounded(Answer a) {
        assertThat(a).as("answer %s", a.text()).isInstanceOf(Answer.Grounded.class);
        return (Answer.Grounded) a;
    }

    @Test
    void should_answer_how_long_with_the_duration_when_another_sentence_holds_a_count_with_another_unit() {
        Answer.Grounded a = grounded(ask("Berapa lama Rahmat Wibisono berada di Makassar?",
                hit("fajar-1", 1, HOTEL, 12.0), hit("tribun-2", 1, STAY, 9.0)));

        assertThat(a.text()).contains("tiga hari");
        assertThat(a.shortAnswer()).isEqualTo("tiga hari").doesNotContain("lantai");
    }

    @Test
    void should_decline_how_long_when_the_only_number_counts_floors() {
        Answer a = ask("Berapa lama Rahmat Wibisono berada di Makassar?", hit("fajar-1", 1, HOTEL, 12.0));

        assertThat(a).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) a).reason()).isEqualTo(new DeclineReason.WrongKind());
    }

    @Test
    void should_take_a_written_out_span_of_time_as_a_duration() {
        Answer.Grounded a = grounded(ask("Berapa lama Sutan Harahap memimpin Partai Nelayan Nusantara?",
                hit("wiki-9", 1, "Sutan Harahap memimpin Partai Nelayan Nusantara sejak dasawarsa 70-an sampai"
                        + " dengan awal dasawarsa 90-an.", 10.0)));

        assertThat(a.shortAnswer()).startsWith("sejak dasawarsa 70-an sampai");
    }

    @Test
    void should_answer_why_with_the_reason_not_the_date() {
        Answer.Grounded a = grounded(ask("Mengapa Indonesia dan Brasil menandatangani pakta pelabuhan?",
                hit("kompas-3", 1, SIGNED, 12.0), hit("antara-4", 1, WHY, 8.0)));

        assertThat(a.citations().getFirst().quote()).contains("karena kedua negara");
    }

    @Test
    void should_decline_why_when_only_the_date_of_signing_is_known() {
        Answer a = ask("Mengapa Indonesia dan Brasil menandatangani pakta pelabuhan?", hit("kompas-3", 1, SIGNED, 12.0));

        assertThat(a).isInstanceOf(Answer.Declined.class);
    }

    @Test
    void should_answer_how_many_people_with_a_count_of_people_not_a_sum_of_money() {
        Answer.Grounded a = grounded(ask("Berapa orang yang ditangkap dalam penggerebekan gudang di Medan?",
                hit("detik-5", 1, SEIZED, 12.0), hit("antara-6", 1, ARRESTED, 10.0)));

        assertThat(a.shortAnswer()).isEqualTo("14 orang");
        assertThat(a.citations().getFirst().quote()).startsWith("Sebanyak 14 orang");
    }

    @Test
    void should_decline_how_many_people_when_only_money_is_counted() {
        Answer a = ask("Berapa orang yang ditangkap dalam penggerebekan gudang di Medan?", hit("detik-5", 1, SEIZED, 12.0));

        assertThat(a).isInstanceOf(Answer.Declined.class);
    }

    @Test
    void should_answer_a_question_followed_by_stray_markup_and_quoted_words() {
        Answer.Grounded a = grounded(ask("Apa isi pasal 4 perjanjian itu? <b>tebal</b> & \"kutip\"",
                hit("tempo-7", 1, ARTICLE_4, 10.0)));

        assertThat(a.text()).contains("kerja sama pertahanan");
    }

    @Test
    void should_answer_how_much_money_only_with_an_amount_of_money() {
        String deal = "Klub Persiba Raya membeli penyerang Dimas Prakoso dari klub Borneo Timur pada musim 2019.";
        String fee = "Persiba Raya membayar Rp 12 miliar kepada Borneo Timur untuk Dimas Prakoso, kata manajer klub.";

        Answer declined = ask("Berapa dana yang dibayar Persiba Raya untuk Dimas Prakoso?", hit("bola-1", 1, deal, 9.0));
        Answer.Grounded a = grounded(ask("Berapa dana yang dibayar Persiba Raya untuk Dimas Prakoso?",
                hit("bola-1", 1, deal, 9.0), hit("bola-2", 1, fee, 8.0)));

        assertThat(declined).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) declined).reason()).isEqualTo(new DeclineReason.WrongKind());
        assertThat(a.citations().getFirst().quote()).contains("Rp 12 miliar");
    }

    @Test
    void should_answer_how_far_with_a_distance() {
        String walk = "Gubernur Lestari Anindya berjalan kaki sejauh tiga kilometer menuju lokasi upacara di alun-alun"
                + " pada Senin pagi.";
        String crowd = "Gubernur Lestari Anindya disambut 500 warga saat berjalan kaki menuju alun-alun.";

        Answer.Grounded a = grounded(ask("Berapa jauh Gubernur Lestari Anindya berjalan kaki?",
                hit("radar-1", 1, crowd, 10.0), hit("radar-2", 1, walk, 8.0)));

        assertThat(a.shortAnswer()).isEqualTo("tiga kilometer");
    }

    @Test
    void should_decline_what_someone_said_when_only_another_speaks_of_them() {
        String other = "Gubernur Lestari Anindya mengatakan Kementerian Kelautan akan memeriksa pelabuhan itu pekan depan.";
        String own = "Kementerian Kelautan mengatakan pemeriksaan pelabuhan dimulai Senin dan berlangsung dua pekan.";

        Answer declined = ask("Apa kata Kementerian Kelautan tentang pelabuhan itu?", hit("pos-1", 1, other, 10.0));
        Answer.Grounded a = grounded(ask("Apa kata Kementerian Kelautan tentang pelabuhan itu?",
                hit("pos-2", 1, own, 10.0), hit("pos-1", 1, other, 8.0)));

        assertThat(declined).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) declined).reason()).isEqualTo(new DeclineReason.Unsupported("Kementerian Kelautan"));
        assertThat(a.text()).contains("pemeriksaan pelabuhan dimulai Senin");
    }
}
