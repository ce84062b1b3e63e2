package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListwiseFitTest {

    @Test
    void should_weigh_up_the_feature_that_marks_the_positive_sentence_of_each_group() {
        // feature 0 marks the answer; feature 1 is noise shared by both sentences
        List<ListwiseFit.Group> groups = List.of(
                new ListwiseFit.Group(List.of(new double[] {1, 1}, new double[] {0, 1}), new boolean[] {true, false}),
                new ListwiseFit.Group(List.of(new double[] {0, 0}, new double[] {1, 0}), new boolean[] {false, true}));
        double[] w = new ListwiseFit(500, 0.5, 1e-4).fit(groups);
        assertThat(w[0]).isPositive();
        assertThat(Math.abs(w[1])).isLessThan(w[0]);
        assertThat(SentenceTrainer.topHolds(groups, f -> ListwiseFit.dot(w, f))).isEqualTo(1.0);
    }

    @Test
    void should_refuse_to_fit_nothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ListwiseFit(10, 0.5, 0).fit(List.of()));
    }
}
