package dev.kabar.answer.decline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    @Test
    void should_learn_a_negative_weight_for_a_feature_that_marks_negatives() {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new LogisticFit.Example(new double[] {0.8 + i / 100.0, 0.5}, false));
            examples.add(new LogisticFit.Example(new double[] {0.1 + i / 100.0, 0.5}, true));
        }

        LogisticFit.Weights w = new LogisticFit(2000, 1.0, 1e-4).fit(examples);

        assertThat(w.weights()[0]).isNegative();
        assertThat(w.probability(new double[] {0.15, 0.5})).isGreaterThan(0.5);
        assertThat(w.probability(new double[] {0.9, 0.5})).isLessThan(0.5);
    }

    @Test
    void should_refuse_to_fit_nothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LogisticFit(10, 1, 0).fit(List.of()));
    }
}
