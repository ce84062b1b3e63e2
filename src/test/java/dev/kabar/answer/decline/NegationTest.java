package dev.kabar.answer.decline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegationTest {

    @Test
    void should_tell_a_negated_text_from_a_plain_one() {
        assertThat(Negation.in("Siapa yang tidak hadir?")).isTrue();
        assertThat(Negation.in("Ketidakhadiran menteri dipersoalkan")).isTrue();
        assertThat(Negation.in("Siapa yang hadir?")).isFalse();
    }
}
