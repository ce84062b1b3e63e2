package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.Answer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2024-06-20T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void should_forget_a_conversation_after_its_ttl() {
        Conversations c = new Conversations(clock, new Conversations.Limits(10, 5, Duration.ofMinutes(30)));
        c.remember("t1", "Apa kata Jepang?");

        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(c.previous("t1")).containsExactly("Apa kata Jepang?");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThat(c.previous("t1")).isEmpty();
    }

    @Test
    void should_keep_only_the_last_turns_and_the_most_recent_conversations() {
        Conversations c = new Conversations(clock, new Conversations.Limits(2, 2, Duration.ofHours(1)));
        c.remember("a", "q1");
        c.remember("a", "q2");
        c.remember("a", "q3");
        c.remember("b", "x");
        c.previous("a"); // a is now the most recently used
        c.remember("c", "y");

        assertThat(c.previous("a")).containsExactly("q2", "q3");
        assertThat(c.previous("b")).isEmpty();
        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void should_rewrite_a_short_follow_up_into_the_previous_frame_without_a_model() {
        FrameRewriter r = new FrameRewriter();

        assertThat(r.standalone(List.of("Apa kata Jepang tentang pakta itu?"), "Dan China?"))
                .isEqualTo("Apa kata China tentang pakta itu?");
        assertThat(r.standalone(List.of("What did Japan say?"), "And South Korea?"))
                .isEqualTo("What did South Korea say?");
        assertThat(r.standalone(List.of("Apa kata Jepang?"), "Siapa yang menandatangani pakta itu?"))
                .isEqualTo("Siapa yang menandatangani pakta itu?");
    }

    @Test
    void should_search_with_the_rewritten_follow_up_within_a_conversation_only() {
        List<String> searched = new ArrayList<>();
        AskService asker = new AskService((text, limit) -> {
            searched.add(text);
            return List.<Hit>of();
        }, new Decliner(), 5).with(new FrameRewriter(),
                new Conversations(clock, Conversations.Limits.defaults()));

        asker.ask("Apa kata Jepang?", Language.ID, "chat-1", null);
        AskResult followUp = asker.ask("Dan China?", Language.ID, "chat-1", null);
        asker.ask("Dan China?", Language.ID, "chat-2", null);

        assertThat(searched).containsExactly("Apa kata Jepang?", "Apa kata China?", "Dan China?");
        assertThat(followUp.standalone()).isEqualTo("Apa kata China?");
        assertThat(ResultJson.of(followUp).standaloneQuestion()).isEqualTo("Apa kata China?");
    }

    private static final class Decliner implements AnswerComposer {
        @Override
        public Answer compose(String question, Language language, List<Hit> hits) {
            return new Answer.Declined("Tidak ditemukan.", new DeclineReason.NoPassages(), List.of());
        }

        @Override
        public String name() {
            return "decliner";
        }
    }
}
