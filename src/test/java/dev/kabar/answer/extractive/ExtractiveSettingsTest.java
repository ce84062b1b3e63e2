package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExtractiveSettingsTest {

    private final ExtractiveSettings d = ExtractiveSettings.defaults();

    @Test
    void should_name_the_bad_parameter_when_a_value_is_out_of_range() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtractiveSettings(0, 400, 5, 25, 0.6, 0.5, 0.5, 0.1, 2, d.weights(), true))
                .withMessageContaining("maxSentences");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtractiveSettings(2, 400, 5, 25, 1.5, 0.5, 0.5, 0.1, 2, d.weights(), true))
                .withMessageContaining("minCoverage");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtractiveSettings.Weights(1, Double.NaN, 0, 0))
                .withMessageContaining("proximity");
    }
}
