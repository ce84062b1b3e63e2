package dev.kabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.text.SayingVerbs.Use;
import java.time.DayOfWeek;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled word lists read as the packages that share them expect. */
class WordListsTest {

    @Test
    void should_know_every_month_and_weekday_by_its_names_and_short_forms() {
        assertThat(IntStream.rangeClosed(1, 12)).allSatisfy(m ->
                assertThat(CalendarWords.monthNames()).anySatisfy(n -> assertThat(CalendarWords.month(n)).contains(m)));
        assertThat(CalendarWords.month("Pebruari")).contains(2);
        assertThat(CalendarWords.month("SEPT")).contains(9);
        assertThat(CalendarWords.weekday("Jum'at")).contains(DayOfWeek.FRIDAY);
        assertThat(CalendarWords.weekday("ahad")).contains(DayOfWeek.SUNDAY);
        assertThat(CalendarWords.monthNames().getFirst()).isEqualTo("september"); // longest first, for patterns
        assertThat(CalendarWords.monthNames().getLast()).hasSize(3);
    }

    @Test
    void should_give_quotes_their_verbs_in_file_order_and_the_english_ones_apart() {
        assertThat(SayingVerbs.used(Use.AFTER, false)).containsExactly("kata", "ujar", "ucap", "tutur", "jelas", "tegas");
        assertThat(SayingVerbs.used(Use.AFTER, true)).containsExactly("said", "says");
        assertThat(SayingVerbs.used(Use.DIRECT, false)).containsExactly("mengatakan", "berkata");
        assertThat(SayingVerbs.used(Use.BEFORE, true)).containsExactly("said", "says", "told", "stated", "warned",
                "added");
        assertThat(SayingVerbs.all()).contains("menurut", "prihatin").doesNotHaveDuplicates();
    }

    @Test
    void should_tell_role_words_and_back_references_from_names() {
        assertThat(RoleWords.contains("menteri")).isTrue();
        assertThat(RoleWords.contains("negeri")).isTrue();
        assertThat(RoleWords.contains("budi")).isFalse();
        assertThat(BackReference.opens("Hal ini terjadi kemarin.")).isTrue();
        assertThat(BackReference.opens("Dalam sebuah wawancara dengan televisi, ia berkata")).isTrue();
        assertThat(BackReference.opens("Itulah sebabnya.")).isFalse();
        assertThat(BackReference.opens("Presiden datang.")).isFalse();
    }
}
