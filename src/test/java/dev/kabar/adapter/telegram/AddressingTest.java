package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressingTest {

    private final Addressing addressing = new Addressing("kabar_bot");

    @Test
    void should_take_every_private_message_as_a_question_or_command() {
        assertThat(addressing.route("Siapa Kim?", true, false)).contains(new Request("ask", "Siapa Kim?"));
        assertThat(addressing.route("/brief Korea", true, false)).contains(new Request("brief", "Korea"));
        assertThat(addressing.route("/LANG en", true, false)).contains(new Request("lang", "en"));
    }

    @Test
    void should_answer_in_groups_only_when_addressed() {
        assertThat(addressing.route("Siapa Kim?", false, false)).isEmpty();
        assertThat(addressing.route("/ask@other_bot Siapa Kim?", false, false)).isEmpty();
        assertThat(addressing.route("/ask@Kabar_Bot Siapa Kim?", false, false)).contains(new Request("ask", "Siapa Kim?"));
        assertThat(addressing.route("@kabar_bot Siapa Kim?", false, false)).contains(new Request("ask", "Siapa Kim?"));
        assertThat(addressing.route("Siapa Kim?", false, true)).contains(new Request("ask", "Siapa Kim?"));
        assertThat(addressing.route("email me@kabar_botanist.id", false, false)).isEqualTo(Optional.empty());
    }
}
