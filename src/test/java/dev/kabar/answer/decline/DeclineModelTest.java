package dev.kabar.answer.decline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeclineModelTest {

    private static DeclineEvidence evidence(double coverage, double namesHeld, double rarestMissing) {
        double[] f = new double[DeclineEvidence.NAMES.size()];
        Arrays.fill(f, 0.5);
        for (String name : DeclineEvidence.NAMES) {
            if (name.endsWith("Coverage")) {
                f[DeclineEvidence.NAMES.indexOf(name)] = coverage;
            }
        }
        f[DeclineEvidence.NAMES.indexOf("namesInBestSentence")] = namesHeld;
        f[DeclineEvidence.NAMES.indexOf("rarestMissingTerm")] = rarestMissing;
        f[DeclineEvidence.NAMES.indexOf("bestSentenceScore")] = coverage;
        return new DeclineEvidence(f);
    }

    @Test
    void should_load_the_bundled_weights_with_a_threshold_within_zero_and_one() {
        DeclineModel model = DeclineModel.bundled();

        assertThat(model.threshold()).isGreaterThan(0).isLessThanOrEqualTo(1);
    }

    @Test
    void should_find_evidence_holding_every_term_more_answerable_than_evidence_holding_few() {
        DeclineModel model = DeclineModel.bundled();
        DeclineEvidence strong = evidence(1.0, 1.0, 0.0);
        DeclineEvidence weak = evidence(0.3, 0.0, 1.0);

        assertThat(model.unanswerable(strong)).isLessThan(model.unanswerable(weak));
        assertThat(model.declines(strong)).isFalse();
        assertThat(model.declines(weak)).isTrue();
    }

    @Test
    void should_decline_at_or_above_the_threshold_only() {
        double[] weights = new double[DeclineEvidence.NAMES.size()];
        weights[0] = -4;
        DeclineModel model = new DeclineModel(2, weights, 0.5); // p = 0.5 exactly at passageCoverage 0.5

        assertThat(model.declines(evidence(0.5, 1, 0))).isTrue();
        assertThat(model.declines(evidence(0.6, 1, 0))).isFalse();
    }

    @Test
    void should_name_the_missing_key_of_a_model_resource() {
        Properties p = new Properties();
        p.setProperty("bias", "0.1");
        p.setProperty("threshold", "0.5");

        assertThatIllegalStateException().isThrownBy(() -> DeclineModel.parse(p))
                .withMessageContaining("weight.passageCoverage");
    }

    @Test
    void should_reject_evidence_of_the_wrong_width() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeclineEvidence(new double[3]))
                .withMessageContaining("features");
    }
}
