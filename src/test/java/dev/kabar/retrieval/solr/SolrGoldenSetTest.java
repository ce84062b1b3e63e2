package dev.kabar.retrieval.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kabar.answer.Answer;
import dev.kabar.chat.Library;
import dev.kabar.chat.GoldenQuestions;
import dev.kabar.chat.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The golden questions asked through the whole answer layer twice, with the embedded index and with
 * a SolrCloud collection behind it (as {@code KABAR_RETRIEVAL_BACKEND=solr} wires it): the same
 * answer text for at least 90% of them, and no golden figure lower on Solr.
 */
class SolrGoldenSetTest {

    private static final double MIN_SAME_SHARE = 0.90;

    private record Figures(int answered, int declined) {}

    @Test
    void should_give_the_same_answers_and_no_lower_golden_figures_through_solr() {
        BundledOnSolr bundled = BundledOnSolr.shared();
        List<JsonNode> questions = GoldenQuestions.all();
        assertThat(questions).hasSize(54);
        List<String> different = new ArrayList<>();
        List<Answer> embeddedAnswers = new ArrayList<>();
        List<Answer> solrAnswers = new ArrayList<>();
        for (JsonNode q : questions) {
            String question = q.get("question").asText();
            Answer e = ask(bundled.embedded, question);
            Answer s = ask(bundled.solr, question);
            embeddedAnswers.add(e);
            solrAnswers.add(s);
            if (!e.text().equals(s.text())) {
                different.add(question + "\n  embedded: " + e.text() + "\n  solr:     " + s.text());
            }
        }
        double same = 1.0 - (double) different.size() / questions.size();
        Figures embedded = figures(questions, embeddedAnswers);
        Figures solr = figures(questions, solrAnswers);
        System.out.println(String.format(Locale.ROOT,
                "golden set through Solr: the same answer text for %d/%d (%.1f%%); answered %d/42 (embedded %d), declined %d/12"
                        + " (embedded %d)", questions.size() - different.size(), questions.size(), 100 * same,
                solr.answered(), embedded.answered(), solr.declined(), embedded.declined()));

        assertThat(same).as(String.join("\n", different)).isGreaterThanOrEqualTo(MIN_SAME_SHARE);
        assertThat(solr.answered()).as("answered").isGreaterThanOrEqualTo(embedded.answered());
        assertThat(solr.declined()).as("declined").isGreaterThanOrEqualTo(embedded.declined());
        assertThat(embedded.answered()).as("the embedded figure the golden set pins").isGreaterThanOrEqualTo(38);
    }

    private static Answer ask(Library library, String question) {
        return library.door().ask(Question.of(question)).answer();
    }

    /** As {@code GoldenSetTest} counts: grounded with an expected phrase and article, or declined. */
    private static Figures figures(List<JsonNode> questions, List<Answer> answers) {
        int answered = 0;
        int declined = 0;
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            Answer a = answers.get(i);
            if (q.get("answerable").asBoolean()) {
                answered += GoldenQuestions.answers(q, a) ? 1 : 0;
            } else {
                declined += a.grounded() ? 0 : 1;
            }
        }
        return new Figures(answered, declined);
    }

}
