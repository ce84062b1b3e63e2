package dev.kabar.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Fixtures;
import dev.kabar.text.Language;
import org.junit.jupiter.api.Test;

/** A question typed in capitals is read like the same question in ordinary case. */
class ShoutedQuestionTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(Fixtures.ALIASES);

    @Test
    void should_read_the_same_terms_when_the_question_is_all_capitals() {
        String q = "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?";
        String shouted = q.toUpperCase(java.util.Locale.ROOT);

        assertThat(contentTerms(shouted)).isEqualTo(contentTerms(q.toLowerCase(java.util.Locale.ROOT)));
        assertThat(contentTerms(shouted)).contains("pakta pertahanan", "ditandatangani");
    }

    @Test
    void should_keep_an_acronym_a_name_when_it_stands_among_ordinary_words() {
        assertThat(QuestionAnalyzer.shouted("Apa kata NATO?")).isFalse();
        assertThat(QuestionAnalyzer.shouted("NATO PBB?")).isFalse();
        assertThat(QuestionAnalyzer.shouted("APA KATA NATO?")).isTrue();
    }

    private java.util.List<String> contentTerms(String question) {
        return analyzer.analyze(question, Language.ID).terms().stream()
                .map(t -> t.text().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
