package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.kabar.answer.extractive.SentenceScorer.Scored;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SentenceChooserTest {

    private static final String FIRST = "Kapal feri itu dibangun oleh galangan swasta di Batam dengan biaya besar.";
    private static final String BEST = "Kapal feri Sinar Bahari tenggelam di Selat Sunda saat cuaca buruk melanda.";

    private static SentenceChooser only(String feature, double gate) {
        double[] w = new double[SentenceFeatures.NAMES.size()];
        w[SentenceFeatures.NAMES.indexOf(feature)] = 1;
        return new SentenceChooser(0, w, gate);
    }

    private static List<String> texts(List<Scored> ranked) {
        return ranked.stream().map(s -> s.candidate().text()).toList();
    }

    @Test
    void should_load_the_bundled_weights() {
        assertThat(SentenceChooser.bundled().learned()).isTrue();
        assertThat(SentenceChooser.handWeighted().learned()).isFalse();
    }

    @Test
    void should_order_by_the_hand_weighted_score_when_not_learned() {
        SentenceFeatures f = SentenceFeaturesTest.features("Di mana kapal feri Sinar Bahari tenggelam?", FIRST + " " + BEST);
        List<Scored> ranked = SentenceChooser.handWeighted().rank(f, 25);
        assertThat(texts(ranked)).containsExactly(BEST, FIRST);
        assertThat(ranked.getFirst().score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void should_order_by_the_model_where_no_sentence_holds_the_gated_share_of_the_question() {
        SentenceFeatures f = SentenceFeaturesTest.features("Di mana kapal feri Sinar Bahari tenggelam?", FIRST + " " + BEST);
        assertThat(texts(only("firstInPassage", 2.0).rank(f, 25))).containsExactly(FIRST, BEST);
        assertThat(texts(only("firstInPassage", 0.0).rank(f, 25))).containsExactly(BEST, FIRST);
    }

    @Test
    void should_say_it_orders_only_where_no_sentence_holds_the_gated_share_of_the_question() {
        SentenceFeatures f = SentenceFeaturesTest.features("Di mana kapal feri Sinar Bahari tenggelam?", FIRST + " " + BEST);

        assertThat(only("firstInPassage", 2.0).orders(f, 25)).isTrue();
        assertThat(only("firstInPassage", 0.0).orders(f, 25)).isFalse();
        assertThat(SentenceChooser.handWeighted().orders(f, 25)).isFalse();
    }

    @Test
    void should_leave_out_sentences_holding_no_question_term() {
        SentenceFeatures f = SentenceFeaturesTest.features("Kapan Sinar Bahari tenggelam?",
                BEST + " Cuaca cerah kembali pada pagi harinya di seluruh wilayah pesisir.");
        assertThat(texts(only("firstInPassage", 2.0).rank(f, 25))).containsExactly(BEST);
    }

    @Test
    void should_refuse_weights_of_the_wrong_length_or_a_resource_lacking_one() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SentenceChooser(0, new double[2], 1));
        Properties p = new Properties();
        p.setProperty("bias", "0");
        p.setProperty("gate", "0.8");
        assertThatIllegalStateException().isThrownBy(() -> SentenceChooser.parse(p)).withMessageContaining("weight.");
    }
}
