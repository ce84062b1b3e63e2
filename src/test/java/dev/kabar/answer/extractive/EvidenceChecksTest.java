package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Fixtures;
import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceChecksTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(Fixtures.ALIASES);

    private static Candidate sentence(String text) {
        return Candidate.of(Fixtures.hit("a-1", 1, text, 1.0), 0, text);
    }

    private QuestionProfile question(String text) {
        return analyzer.analyze(text, Language.detect(text));
    }

    @Test
    void should_see_a_number_contradicted_when_the_sentence_states_another_one() {
        QuestionProfile q = question("Siapa juara liga tahun 1998?");

        assertThat(EvidenceChecks.numberContradicted(q, sentence("Persebaya menjadi juara liga pada 2004."))).isTrue();
        assertThat(EvidenceChecks.numberContradicted(q, sentence("Persebaya menjadi juara liga pada 1998."))).isFalse();
        assertThat(EvidenceChecks.numberContradicted(q, sentence("Persebaya menjadi juara liga musim itu."))).isFalse();
    }

    @Test
    void should_rate_a_missing_term_rare_when_no_sentence_read_holds_it() {
        QuestionProfile q = question("Kapan Persebaya dibubarkan?");
        List<Candidate> read = List.of(sentence("Persebaya didirikan pada 1927 di Surabaya."),
                sentence("Klub itu bermain di Stadion Gelora Bung Tomo."));
        SentenceScorer scorer = new SentenceScorer(q, read, ExtractiveSettings.Weights.defaults());
        List<Scored> evidence = read.stream().map(scorer::score).toList();

        assertThat(EvidenceChecks.rarestMissing(q, evidence, read)).isEqualTo(1.0);
    }

    @Test
    void should_rate_nothing_missing_when_the_evidence_holds_every_term() {
        QuestionProfile q = question("Kapan Persebaya didirikan?");
        List<Candidate> read = List.of(sentence("Persebaya didirikan pada 1927 di Surabaya."));
        SentenceScorer scorer = new SentenceScorer(q, read, ExtractiveSettings.Weights.defaults());

        assertThat(EvidenceChecks.rarestMissing(q, read.stream().map(scorer::score).toList(), read)).isZero();
    }
}
