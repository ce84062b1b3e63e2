package dev.kabar.answer.extractive;

import static dev.kabar.answer.Fixtures.MISSILES;
import static dev.kabar.answer.Fixtures.SAID;
import static dev.kabar.answer.Fixtures.SIGNED;
import static dev.kabar.answer.Fixtures.SUMMIT;
import static dev.kabar.answer.Fixtures.TARIFF;
import static dev.kabar.answer.Fixtures.TARIFF_OTHER_OUTLET;
import static dev.kabar.answer.Fixtures.WELCOMED;
import static dev.kabar.answer.Fixtures.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.Fixtures;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveComposerTest {

    private final ExtractiveComposer composer = Fixtures.composer();

    private final List<Hit> trade = List.of(
            hit("kompas-1", 1, SIGNED + " " + TARIFF + " " + SAID, 12.0),
            hit("antara-7", 2, TARIFF_OTHER_OUTLET + " " + WELCOMED, 9.0),
            hit("detik-3", 4, SUMMIT + " " + MISSILES, 3.0));

    private Answer ask(String question) {
        return composer.compose(question, Language.detect(question), trade);
    }

    private static Answer.Grounded grounded(Answer a) {
        assertThat(a).as("answer %s", a.text()).isInstanceOf(Answer.Grounded.class);
        return (Answer.Grounded) a;
    }

    private static Answer.Declined declined(Answer a) {
        assertThat(a).as("answer %s", a.text()).isInstanceOf(Answer.Declined.class);
        return (Answer.Declined) a;
    }

    @Test
    void should_widen_the_answer_with_the_next_sentences_of_its_passage_when_they_fit() {
        String question = "Kapan perjanjian dagang dengan Jepang ditandatangani?";
        ExtractiveSettings d = ExtractiveSettings.defaults();
        ExtractiveSettings narrow = new ExtractiveSettings(d.maxSentences(), d.maxAnswerChars(), d.passagesConsidered(),
                d.minSentenceChars(), d.minCoverage(), d.minContentCoverage(), d.mergeSimilarity(), d.minSecondGain(),
                0, d.weights(), d.learnedChooser());
        ExtractiveComposer unwidened = new ExtractiveComposer(AliasTable.empty(), narrow, Fixtures.MODELS);

        String wide = grounded(ask(question)).text();
        String single = grounded(unwidened.compose(question, Language.ID, trade)).text();

        assertThat(single).startsWith("Menteri Perdagangan").doesNotContain("1.200 produk");
        assertThat(wide).startsWith("Menteri Perdagangan").contains("1.200 produk", "15 persen");
        assertThat(wide.length()).isLessThanOrEqualTo(d.maxAnswerChars());
    }

    @Test
    void should_pick_the_dated_sentence_when_asked_kapan() {
        Answer.Grounded a = grounded(ask("Kapan perjanjian dagang dengan Jepang ditandatangani?"));

        assertThat(a.text()).startsWith("Menteri Perdagangan Budi Santoso").contains("Selasa (14/5/2024)");
        assertThat(a.shortAnswer()).isEqualTo("Selasa (14/5/2024)");
        assertThat(a.citations().getFirst().quote()).startsWith(SIGNED); // with its passage's next sentences
        assertThat(a.citations().getFirst().passage().id()).isEqualTo("kompas-1#1");
    }

    @Test
    void should_name_the_person_when_asked_siapa() {
        Answer.Grounded a = grounded(ask("Siapa yang menandatangani perjanjian dagang dengan Jepang?"));

        assertThat(a.text()).contains("Budi Santoso");
        assertThat(a.shortAnswer()).endsWith("Budi Santoso");
    }

    @Test
    void should_give_the_number_when_asked_berapa() {
        Answer.Grounded a = grounded(ask("Berapa produk yang tarifnya diturunkan?"));

        assertThat(a.text()).contains("1.200 produk");
        assertThat(a.shortAnswer()).isEqualTo("1.200 produk");
    }

    @Test
    void should_give_the_reason_when_asked_mengapa() {
        Answer.Grounded a = grounded(ask("Mengapa Jepang menyambut baik kesepakatan itu?"));

        assertThat(a.text()).contains("karena memperkuat rantai pasok");
    }

    @Test
    void should_frame_in_english_when_an_english_question_is_answered_from_indonesian() {
        Answer.Grounded a = grounded(ask("When was the agreement with Japan signed?"));

        assertThat(a.text()).startsWith("According to the articles (in Indonesian): ").contains("14/5/2024");
        assertThat(a.shortAnswer()).isEqualTo("Selasa (14/5/2024)");
    }

    @Test
    void should_answer_what_someone_said_in_english_through_verbs_of_saying() {
        Answer.Grounded a = grounded(ask("What did Budi say about the deal?"));

        assertThat(a.text()).contains("Budi mengatakan");
    }

    @Test
    void should_write_a_statement_once_and_cite_every_outlet_when_outlets_repeat_it() {
        Answer.Grounded a = grounded(ask("Berapa produk ekspor yang tarifnya diturunkan?"));

        assertThat(a.text()).containsOnlyOnce("menurunkan tarif").contains("[1][2]");
        assertThat(a.citations()).extracting(c -> c.article().id()).containsExactly("kompas-1", "antara-7");
        assertThat(a.citations().get(1).quote()).isEqualTo(TARIFF_OTHER_OUTLET);
    }

    @Test
    void should_not_decline_paraphrased_answerable_questions() {
        assertThat(ask("Kapan kesepakatan perdagangan dengan Jepang diteken?").grounded()).isTrue();
        assertThat(ask("Siapa penandatangan perjanjian dagang dengan Jepang?").grounded()).isTrue();
        assertThat(ask("Where did Yoon meet Kishida?").grounded()).isTrue();
    }

    @Test
    void should_decline_as_weak_evidence_when_the_passages_hold_the_name_but_little_else_asked() {
        Answer.Declined a = declined(ask("Apa kata Budi tentang harga beras dan gandum di pasar tradisional?"));

        assertThat(a.reason().code()).isEqualTo("weak-evidence");
    }

    @Test
    void should_decline_when_the_question_names_someone_the_passages_do_not() {
        Answer.Declined a = declined(ask("Apa kata India tentang perjanjian dagang itu?"));

        assertThat(a.reason()).isEqualTo(new DeclineReason.Missing("India"));
        assertThat(a.text()).startsWith("Tidak ditemukan di artikel yang tersedia.");
        assertThat(a.citations()).isEmpty();
        assertThat(declined(ask("Apa kata Sri Mulyani tentang perjanjian itu?")).reason().code())
                .isEqualTo("missing:Sri Mulyani");
    }

    @Test
    void should_decline_when_the_year_is_wrong() {
        assertThat(declined(ask("Apa isi perjanjian dagang 2019 dengan Jepang?")).reason().code()).isEqualTo("missing:2019");
    }

    @Test
    void should_decline_in_english_when_an_english_question_is_not_answered() {
        Answer.Declined a = declined(ask("What did China say about the trade agreement?"));

        assertThat(a.text()).startsWith("The articles don't say.");
        assertThat(a.reason().code()).isEqualTo("missing:China");
    }

    @Test
    void should_decline_unrelated_questions() {
        assertThat(ask("Berapa harga beras hari ini?").grounded()).isFalse();
        assertThat(ask("What is the weather in Tokyo?").grounded()).isFalse();
    }

    @Test
    void should_decline_when_names_only_meet_in_different_passages() {
        assertThat(ask("Apa kata Kishida tentang tarif ekspor Indonesia?").grounded()).isFalse();
    }

    @Test
    void should_decline_without_calling_anything_when_there_are_no_hits() {
        Answer.Declined a = declined(composer.compose("Kapan perjanjian ditandatangani?", Language.ID, List.of()));

        assertThat(a.reason()).isEqualTo(new DeclineReason.NoPassages());
        assertThat(a.citations()).isEmpty();
    }

    @Test
    void should_never_quote_a_heading_alone() {
        List<Hit> hits = List.of(
                hit("kompas-1", 1, "Perjanjian Dagang Jepang", 20.0),
                hit("kompas-1", 2, SIGNED, 5.0));

        Answer.Grounded a = grounded(composer.compose("Kapan perjanjian dagang Jepang ditandatangani?", Language.ID, hits));

        assertThat(a.citations()).extracting(c -> c.passage().id()).containsExactly("kompas-1#2");
    }

    @Test
    void should_report_its_name() {
        assertThat(composer.name()).isEqualTo("extractive");
    }
}
