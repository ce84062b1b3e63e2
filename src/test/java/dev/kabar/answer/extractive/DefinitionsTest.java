package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Fixtures;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.Language;
import org.junit.jupiter.api.Test;

class DefinitionsTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(AliasTable.empty());

    private QuestionProfile question(String text) {
        return analyzer.analyze(text, Language.ID);
    }

    private static Candidate sentence(String text) {
        return Candidate.of(Fixtures.hit("a", 1, text, 1.0), 0, text);
    }

    @Test
    void should_see_questions_asking_what_something_is() {
        assertThat(Definitions.asked(question("Apa itu inflasi?"))).isTrue();
        assertThat(Definitions.asked(question("Apa yang dimaksud dengan deflasi?"))).isTrue();
        assertThat(Definitions.asked(question("Apa kepanjangan BPOM?"))).isTrue();
        assertThat(Definitions.asked(question("Siapakah Kim Hong Kyun?"))).isTrue();
    }

    @Test
    void should_not_see_a_definition_in_other_questions() {
        assertThat(Definitions.asked(question("Siapa yang menandatangani perjanjian dagang?"))).isFalse();
        assertThat(Definitions.asked(question("Siapa presiden Korea Selatan?"))).isFalse();
        assertThat(Definitions.asked(question("Apa yang dibahas Jokowi di Tokyo?"))).isFalse();
    }

    @Test
    void should_find_the_sentence_that_defines_the_thing_asked_about() {
        QuestionProfile q = question("Apa yang dimaksud dengan inflasi?");

        assertThat(Definitions.present(q, sentence("Inflasi adalah kenaikan harga barang secara umum dan terus-menerus.")))
                .isTrue();
        assertThat(Definitions.present(q, sentence("Inflasi bulan lalu naik menjadi 3 persen menurut BPS."))).isFalse();
    }

    @Test
    void should_find_the_sentence_that_spells_out_an_abbreviation() {
        QuestionProfile q = question("Apa kepanjangan BPOM?");

        assertThat(Definitions.present(q, sentence("Badan Pengawas Obat dan Makanan (BPOM) menarik produk itu.")))
                .isTrue();
        assertThat(Definitions.present(q, sentence("Produk itu ditarik setelah diperiksa BPOM pekan lalu."))).isFalse();
    }
}
