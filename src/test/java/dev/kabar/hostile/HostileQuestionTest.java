package dev.kabar.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.Library;
import dev.kabar.chat.Question;
import dev.kabar.chat.Rejected;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile case as a question to the chat's {@code FrontDoor}, on a real index of the bundled articles. */
class HostileQuestionTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = Leaks.bundled();
    }

    static Stream<HostileCase> cases() {
        return HostileCorpus.all().stream();
    }

    @Test
    void should_hold_at_least_200_cases_with_unique_ids() {
        List<HostileCase> all = HostileCorpus.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.stream().map(HostileCase::id).distinct()).hasSameSizeAs(all);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_give_the_defined_outcome_when_asked(HostileCase c) {
        assertThat(outcome(c)).as(c.id()).isIn(expected(c));
    }

    /** The outcome as the corpus names it; a grounded answer must cite what it says. */
    private static String outcome(HostileCase c) {
        try {
            AskResult r = library.door().ask(new Question(c.text(), "hostile-" + c.id(), ""));
            Answer a = r.answer();
            Leaks.assertNoStackTrace(c.id(), a.text());
            if (a instanceof Answer.Grounded g) {
                assertThat(g.citations()).as(c.id()).isNotEmpty();
                assertThat(g.text()).as(c.id()).contains("[1]");
                return "answered";
            }
            return "declined";
        } catch (Rejected e) {
            Leaks.assertNoStackTrace(c.id(), e.getMessage());
            assertThat(e.getMessage().lines()).as(c.id()).hasSize(1);
            return e.getMessage().contains("empty") ? "empty" : e.getMessage().contains("limit") ? "too_long" : "?";
        }
    }

    static List<String> expected(HostileCase c) {
        return c.ask().equals("any") ? List.of("answered", "declined") : List.of(c.ask());
    }
}
