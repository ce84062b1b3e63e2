package dev.kabar.answer.extractive;

import static dev.kabar.answer.Fixtures.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.Fixtures;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import dev.kabar.text.bilingual.EnglishBridge;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Who won …" asks for the winner by name: a sentence that speaks of a prize for the winner names no
 * one. Over an invented race between two invented runners.
 */
class DoerQuestionsTest {

    private static final String QUESTION = "Who won the race between Dimas Saputra and Yoga Pratama?";
    private static final String PRIZE = "Panitia menyiapkan medali emas bertuliskan \"Juara Sejati\" bagi pemenang"
            + " lomba lari Dimas Saputra melawan Yoga Pratama itu.";
    private static final String AS_WINNER = "Dimas Saputra keluar sebagai pemenang lomba lari melawan Yoga Pratama di"
            + " Stadion Manahan.";
    private static final String BEAT = "Dimas Saputra memenangkan lomba lari melawan Yoga Pratama di Stadion Manahan.";

    private final ExtractiveComposer composer = new ExtractiveComposer(
            Fixtures.ALIASES.withEnglish(EnglishBridge.tablesOnly()), ExtractiveSettings.defaults(), Fixtures.MODELS);

    private Answer ask(String question, Hit... hits) {
        return composer.compose(question, Language.detect(question), List.of(hits));
    }

    @Test
    void should_decline_who_won_when_the_sentence_names_the_winner_only_as_the_winner() {
        Answer a = ask(QUESTION, hit("lari-1", 1, PRIZE, 12.0));

        assertThat(a).as("answer %s", a.text()).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) a).reason()).isEqualTo(new DeclineReason.WrongKind());
    }

    @Test
    void should_answer_who_won_when_a_name_is_tied_to_the_winner() {
        Answer a = ask(QUESTION, hit("lari-2", 1, AS_WINNER, 12.0));

        assertThat(a).as("answer %s", a.text()).isInstanceOf(Answer.Grounded.class);
    }

    @Test
    void should_answer_who_won_when_the_sentence_says_who_won() {
        Answer a = ask(QUESTION, hit("lari-3", 1, BEAT, 12.0));

        assertThat(a).as("answer %s", a.text()).isInstanceOf(Answer.Grounded.class);
    }
}
