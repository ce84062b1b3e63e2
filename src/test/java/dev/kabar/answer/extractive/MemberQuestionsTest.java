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
 * "Which players …" asks for players by name: a sentence that speaks of players and names none does
 * not answer it. Over an invented club and its coach.
 */
class MemberQuestionsTest {

    private static final String QUESTION = "Which players does Hendra Wirawan want to sign?";
    private static final String SPEND = "Pelatih Hendra Wirawan disebut siap melakukan belanja pemain hingga Rp 50"
            + " miliar pada musim depan.";
    private static final String SPEND_AFTER_MEETING = "Hendra Wirawan bertemu direktur Agus Salim dan disebut siap"
            + " melakukan belanja pemain hingga Rp 50 miliar pada musim depan.";
    private static final String NAMED = "Hendra Wirawan ingin merekrut dua pemain muda, Dimas Saputra dan Yoga Pratama,"
            + " pada musim depan.";

    private final ExtractiveComposer composer = new ExtractiveComposer(
            Fixtures.ALIASES.withEnglish(EnglishBridge.tablesOnly()), ExtractiveSettings.defaults(), Fixtures.MODELS);

    private Answer ask(String question, Hit... hits) {
        return composer.compose(question, Language.detect(question), List.of(hits));
    }

    @Test
    void should_decline_which_players_when_the_sentence_speaks_of_players_but_names_none() {
        Answer a = ask(QUESTION, hit("bola-1", 1, SPEND, 12.0));

        assertThat(a).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) a).reason()).isEqualTo(new DeclineReason.WrongKind());
    }

    @Test
    void should_decline_which_players_when_the_only_other_name_stands_far_from_the_kind_word() {
        Answer a = ask(QUESTION, hit("bola-1", 1, SPEND_AFTER_MEETING, 12.0));

        assertThat(a).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) a).reason()).isEqualTo(new DeclineReason.WrongKind());
    }

    @Test
    void should_answer_which_players_when_the_sentence_names_them_beside_the_kind_word() {
        Answer a = ask(QUESTION, hit("bola-2", 1, NAMED, 12.0), hit("bola-1", 1, SPEND, 11.0));

        assertThat(a).as("answer %s", a.text()).isInstanceOf(Answer.Grounded.class);
        assertThat(a.text()).contains("Dimas Saputra");
    }

    @Test
    void should_leave_a_question_for_one_of_a_kind_to_the_other_rules() {
        Answer a = ask("Which player does Hendra Wirawan want to sign?", hit("bola-1", 1, SPEND, 12.0));

        assertThat(a).isNotInstanceOf(Answer.Declined.class);
    }
}
