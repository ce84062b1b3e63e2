package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Fixtures;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.Language;
import org.junit.jupiter.api.Test;

class AnswerTypeCuesTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(AliasTable.empty());

    private String shortAnswer(String question, String sentence) {
        QuestionProfile q = analyzer.analyze(question, Language.ID);
        return AnswerTypeCues.shortAnswer(q, Candidate.of(Fixtures.hit("a", 1, sentence, 1.0), 0, sentence));
    }

    @Test
    void should_read_years_before_1900_and_era_years_as_dates() {
        assertThat(shortAnswer("Kapan Aristoteles meninggal?", "Aristoteles (384 SM – 322 SM) adalah filsuf Yunani."))
                .isEqualTo("384 SM");
        assertThat(shortAnswer("Kapan benteng itu dibangun?", "Benteng itu dibangun Belanda pada tahun 1619."))
                .isEqualTo("tahun 1619");
    }

    @Test
    void should_not_read_an_amount_in_miliar_as_an_era_year() {
        assertThat(shortAnswer("Kapan proyek jalan itu dimulai?", "Proyek jalan itu menelan biaya Rp 5 M dari APBD."))
                .isEmpty();
    }

    @Test
    void should_take_the_place_next_to_the_question_words() {
        String sentence = "Setelah bermain di Leicester selama bertahun-tahun dan menjadi kapten tim yang menjuarai liga Inggris, "
                + "Vardy kini mengaku lahir di Sheffield.";

        assertThat(shortAnswer("Di mana Vardy lahir?", sentence)).isEqualTo("Sheffield");
    }
}
