package dev.kabar.answer.extractive;

import static dev.kabar.answer.Fixtures.SAID;
import static dev.kabar.answer.Fixtures.SIGNED;
import static dev.kabar.answer.Fixtures.TARIFF;
import static dev.kabar.answer.Fixtures.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.Answer;
import dev.kabar.answer.Fixtures;
import dev.kabar.answer.decline.DeclineEvidence;
import dev.kabar.answer.decline.DeclineJudge;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composer consults the judge it is given (the training tool's seam), and only past the hard rules. */
class DeclineJudgeTest {

    private final List<Hit> trade = List.of(hit("kompas-1", 1, SIGNED + " " + TARIFF + " " + SAID, 12.0));
    private final List<DeclineEvidence> seen = new ArrayList<>();

    private Answer ask(DeclineJudge judge, String question) {
        ExtractiveComposer composer =
                new ExtractiveComposer(Fixtures.ALIASES, ExtractiveSettings.defaults(),
                        new ExtractiveComposer.Models(judge, Fixtures.MODELS.chooser()));
        return composer.compose(question, Language.ID, trade);
    }

    private boolean recordAndAnswer(DeclineEvidence e) {
        seen.add(e);
        return false;
    }

    @Test
    void should_answer_and_hand_the_evidence_to_a_judge_that_does_not_decline() {
        Answer answer = ask(this::recordAndAnswer, "Kapan perjanjian dagang dengan Jepang ditandatangani?");

        assertThat(answer).isInstanceOf(Answer.Grounded.class);
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().get("namesInBestSentence")).isEqualTo(1.0);
        assertThat(seen.getFirst().features()).hasSize(DeclineEvidence.NAMES.size());
    }

    @Test
    void should_decline_as_weak_evidence_when_the_judge_says_so() {
        Answer answer = ask(e -> true, "Kapan perjanjian dagang dengan Jepang ditandatangani?");

        assertThat(answer).isInstanceOfSatisfying(Answer.Declined.class,
                d -> assertThat(d.reason()).isEqualTo(new DeclineReason.WeakEvidence()));
    }

    @Test
    void should_not_consult_the_judge_when_a_hard_rule_already_declined() {
        Answer answer = ask(this::recordAndAnswer, "Kapan perjanjian dagang dengan Vietnam ditandatangani?");

        assertThat(answer).isInstanceOfSatisfying(Answer.Declined.class,
                d -> assertThat(d.reason()).isInstanceOf(DeclineReason.Missing.class));
        assertThat(seen).isEmpty();
    }
}
