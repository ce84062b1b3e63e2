package dev.kabar.answer.decline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.answer.question.QuestionType;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules apply in order, and a rule that declines spares the work the later ones need. */
class DeclineRulesTest {

    private static final KeyTerm INDIA = new KeyTerm("India", KeyTerm.Kind.ENTITY, List.of(List.of("india")));
    private static final KeyTerm PAKTA = new KeyTerm("pakta", KeyTerm.Kind.CONTENT, List.of(List.of("pakta")));

    /** An attempt whose parts are given, recording which parts the rules asked for. */
    private static final class Given implements Attempt {
        final List<String> asked = new ArrayList<>();
        boolean passages = true;
        QuestionProfile question = profile("Apa kata India soal pakta?", INDIA, PAKTA);
        Set<KeyTerm> read = Set.of(INDIA, PAKTA);
        boolean quotable = true;
        Set<KeyTerm> chosen = Set.of(INDIA, PAKTA);
        boolean negates;
        boolean wrongKind;
        boolean noMembers;
        Optional<KeyTerm> otherSpeaker = Optional.empty();
        double coverage = 1;

        @Override
        public boolean hasPassages() {
            asked.add("passages");
            return passages;
        }

        @Override
        public QuestionProfile question() {
            asked.add("question");
            return question;
        }

        @Override
        public boolean readHolds(KeyTerm term) {
            asked.add("read");
            return read.contains(term);
        }

        @Override
        public boolean hasQuotable() {
            asked.add("quotable");
            return quotable;
        }

        @Override
        public boolean chosenHold(KeyTerm term) {
            asked.add("chosen");
            return chosen.contains(term);
        }

        @Override
        public boolean chosenNegate() {
            return negates;
        }

        @Override
        public Optional<KeyTerm> chosenOtherSpeaker() {
            asked.add("speaker");
            return otherSpeaker;
        }

        @Override
        public boolean chosenNameNone() {
            asked.add("members");
            return noMembers;
        }

        @Override
        public boolean chosenWrongKind() {
            asked.add("kind");
            return wrongKind;
        }

        @Override
        public double coverage() {
            asked.add("coverage");
            return coverage;
        }

        @Override
        public double contentCoverage() {
            return coverage;
        }

        @Override
        public DeclineEvidence evidence() {
            asked.add("evidence");
            return new DeclineEvidence(new double[DeclineEvidence.NAMES.size()]);
        }
    }

    private static QuestionProfile profile(String text, KeyTerm... terms) {
        return new QuestionProfile(text, Language.ID, QuestionType.THING, List.of(terms), Set.of());
    }

    private static Optional<DeclineReason> check(Given attempt, DeclineJudge judge) {
        return DeclineRules.firstReason(DeclineRules.standard(judge, 0, 0), attempt);
    }

    @Test
    void should_decline_an_answer_without_passages_before_reading_the_question() {
        Given attempt = new Given();
        attempt.passages = false;

        assertThat(check(attempt, e -> false)).contains(new DeclineReason.NoPassages());
        assertThat(attempt.asked).containsExactly("passages");
    }

    @Test
    void should_decline_a_name_no_sentence_holds_before_ranking_anything() {
        Given attempt = new Given();
        attempt.read = Set.of(PAKTA);

        assertThat(check(attempt, e -> true)).contains(new DeclineReason.Missing("India"));
        assertThat(attempt.asked).doesNotContain("quotable", "chosen", "evidence");
    }

    @Test
    void should_decline_a_name_the_chosen_sentences_lack_as_unsupported() {
        Given attempt = new Given();
        attempt.chosen = Set.of(PAKTA);

        assertThat(check(attempt, e -> false)).contains(new DeclineReason.Unsupported("India"));
    }

    @Test
    void should_decline_a_negated_question_answered_by_a_plain_statement() {
        Given attempt = new Given();
        attempt.question = profile("Siapa yang tidak hadir di pakta India?", INDIA, PAKTA);

        assertThat(check(attempt, e -> false)).contains(new DeclineReason.NegationMismatch());
        attempt.negates = true;
        assertThat(check(attempt, e -> false)).isEmpty();
    }

    @Test
    void should_consult_the_judge_last_and_only_past_every_other_rule() {
        Given attempt = new Given();

        assertThat(check(attempt, e -> true)).contains(new DeclineReason.WeakEvidence());
        assertThat(attempt.asked).endsWith("evidence").doesNotContain("coverage");
        attempt.quotable = false;
        attempt.asked.clear();
        assertThat(check(attempt, e -> true)).contains(new DeclineReason.LowCoverage());
        assertThat(attempt.asked).doesNotContain("evidence");
    }

    @Test
    void should_apply_a_coverage_floor_only_when_one_is_set() {
        Given attempt = new Given();
        attempt.coverage = 0.2;

        assertThat(DeclineRules.firstReason(DeclineRules.standard(e -> false, 0.5, 0), attempt))
                .contains(new DeclineReason.LowCoverage());
        assertThat(check(attempt, e -> false)).isEmpty();
    }

    @Test
    void should_decline_an_english_question_whose_only_words_cannot_be_looked_for() {
        Given attempt = new Given();
        KeyTerm weather = new KeyTerm("weather", KeyTerm.Kind.SOFT, List.of(List.of("weather")));
        attempt.question = new QuestionProfile("What is the weather in Jakarta?", Language.EN, QuestionType.THING,
                List.of(weather, new KeyTerm("Jakarta", KeyTerm.Kind.ENTITY, List.of(List.of("jakarta")))), Set.of());

        assertThat(check(attempt, e -> false)).contains(new DeclineReason.Untranslated("weather"));
    }

    @Test
    void should_decline_a_saying_question_whose_speaker_does_not_speak_before_the_judge() {
        Given attempt = new Given();
        attempt.otherSpeaker = Optional.of(INDIA);

        assertThat(check(attempt, e -> false)).contains(new DeclineReason.Unsupported("India"));
        assertThat(attempt.asked).doesNotContain("evidence");
    }

    @Test
    void should_decline_a_question_for_names_whose_evidence_gives_none_before_the_judge() {
        Given attempt = new Given();
        attempt.noMembers = true;

        assertThat(check(attempt, e -> false)).contains(new DeclineReason.WrongKind());
        assertThat(attempt.asked).contains("members").doesNotContain("evidence");
        attempt.noMembers = false;
        assertThat(check(attempt, e -> false)).isEmpty();
    }

    @Test
    void should_decline_an_english_question_whose_evidence_holds_none_of_its_content_words() {
        Given attempt = new Given();
        KeyTerm summit = new KeyTerm("summit", KeyTerm.Kind.CONTENT, List.of(List.of("summit"), List.of("ktt")));
        KeyTerm oslo = new KeyTerm("Oslo", KeyTerm.Kind.ENTITY, List.of(List.of("oslo")));
        attempt.question = new QuestionProfile("Where will the next summit in Oslo be held?", Language.EN,
                QuestionType.PLACE, List.of(summit, oslo), Set.of());
        attempt.read = Set.of(oslo);
        attempt.chosen = Set.of(oslo);
        attempt.coverage = 0;

        assertThat(check(attempt, e -> false)).contains(new DeclineReason.LowCoverage());
        attempt.question = profile("Di mana KTT di Oslo akan digelar?", oslo, PAKTA);
        assertThat(check(attempt, e -> false)).as("Indonesian: left to the model").isEmpty();
    }
}
