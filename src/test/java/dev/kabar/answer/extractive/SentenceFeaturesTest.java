package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Fixtures;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

    private static final String NAMING = "Kapal feri Sinar Bahari tenggelam di Selat Sunda saat cuaca buruk melanda.";
    private static final String DATED = "Peristiwa itu terjadi pada Kamis (5/5/2022) menjelang tengah malam.";
    private static final String OTHER = "Galangan swasta di Batam membangun kapal itu dengan biaya besar.";

    static SentenceFeatures features(String question, String... passages) {
        QuestionProfile q = new QuestionAnalyzer(AliasTable.empty()).analyze(question, Language.ID);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            hits.add(Fixtures.hit("berita-" + i, 1, passages[i], 5.0 - i));
        }
        List<Candidate> all = Candidate.of(hits, 5, new PassageSentences());
        return new SentenceFeatures(q, new SentenceScorer(q, all, ExtractiveSettings.Weights.defaults()), all, 400);
    }

    private static double get(double[] f, String name) {
        return f[SentenceFeatures.NAMES.indexOf(name)];
    }

    @Test
    void should_give_one_value_per_name_for_every_sentence_read() {
        SentenceFeatures f = features("Kapan kapal feri Sinar Bahari tenggelam?", NAMING + " " + DATED, OTHER);
        assertThat(f.all()).hasSize(3);
        for (int i = 0; i < f.all().size(); i++) {
            assertThat(f.of(i)).hasSize(SentenceFeatures.NAMES.size());
            assertThat(f.indexOf(f.all().get(i))).isEqualTo(i);
        }
    }

    @Test
    void should_tell_where_a_sentence_stands_and_how_its_passage_ranked() {
        SentenceFeatures f = features("Kapan kapal feri Sinar Bahari tenggelam?", NAMING + " " + DATED, OTHER);
        assertThat(get(f.of(0), "firstInPassage")).isEqualTo(1.0);
        assertThat(get(f.of(1), "firstInPassage")).isZero();
        assertThat(get(f.of(1), "relativePosition")).isEqualTo(0.5);
        assertThat(get(f.of(0), "rankReciprocal")).isEqualTo(1.0);
        assertThat(get(f.of(2), "rankReciprocal")).isEqualTo(0.5);
        assertThat(get(f.of(2), "scoreRatio")).isEqualTo(4.0 / 5.0);
    }

    @Test
    void should_mark_the_date_asked_for_and_the_neighbour_holding_it() {
        SentenceFeatures f = features("Kapan kapal feri Sinar Bahari tenggelam?", NAMING + " " + DATED);
        assertThat(get(f.of(1), "typedDateNumber")).isEqualTo(1.0);
        assertThat(get(f.of(0), "typedDateNumber")).isZero();
        assertThat(get(f.of(0), "neighbourTyped")).isEqualTo(1.0);
        assertThat(get(f.of(0), "typedNamePlace")).isZero();
    }

    @Test
    void should_credit_a_sentence_whose_neighbour_holds_the_words_it_lacks() {
        SentenceFeatures f = features("Di mana kapal feri Sinar Bahari dibangun galangan?", NAMING + " " + OTHER);
        assertThat(get(f.of(0), "windowGain")).isPositive();
        assertThat(get(f.of(0), "coverage") + get(f.of(0), "windowGain")).isLessThanOrEqualTo(1.0 + 1e-9);
        double best = Math.max(get(f.of(0), "coverage"), get(f.of(1), "coverage"));
        assertThat(get(f.of(0), "coverageGap")).isEqualTo(get(f.of(0), "coverage") - best);
    }
}
