package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void should_count_shingles_with_multiplicity_and_normalise_by_their_sum() {
        // truth: a b c d e -> {abcd, bcde}; extracted: a b c d x -> {abcd, bcdx}
        ShingleMatch m = ShingleMatch.of("a b c d e", "a, b. c d x");

        assertThat(m.tp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(m.fp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(m.fn()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void should_count_a_repeated_shingle_once_for_each_time_it_occurs() {
        ShingleMatch m = ShingleMatch.of("w x y z", "w x y z w x y z");

        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.precision()).isLessThan(1.0);
    }

    @Test
    void should_define_no_precision_when_nothing_was_extracted() {
        ShingleMatch m = ShingleMatch.of("kata satu dua tiga empat", "");

        assertThat(m.hasPrecision()).isFalse();
        assertThat(m.hasRecall()).isTrue();
        assertThat(m.recall()).isZero();
    }

    @Test
    void should_treat_fewer_than_four_tokens_as_one_shingle() {
        assertThat(ShingleMatch.of("dua kata", "dua kata").precision()).isEqualTo(1.0);
    }
}
