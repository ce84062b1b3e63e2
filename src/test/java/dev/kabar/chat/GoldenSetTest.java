package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.app.Kabar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression contract for answer quality on the bundled corpus: the golden questions of
 * {@code golden/questions.jsonl}, asked through the same path a user's question takes, with the
 * real configuration. Answerable questions must be answered (grounded, containing one of the
 * expected phrases, citing one of the expected articles); unanswerable ones — including questions
 * whose words occur only in page furniture — must be declined. The pinned minimums are what the
 * current code achieves: raise them when it improves, never lower them to make a change pass.
 */
class GoldenSetTest {

    /**
     * Of 42 answerable. 39 with the hand-weighted sentence choice; the learned chooser (on by
     * default: +0.027 answerContainsGold on both train-carved dev sets) quotes an analyst on
     * China's stance for "How did China respond to the treaty?" instead of the ministry's response.
     */
    private static final int MIN_ANSWERED = 38;
    private static final int MIN_DECLINED = 12; // of 12 unanswerable
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final List<String> FURNITURE = List.of("Baca Juga", "MEMBACA", "Komentar", "Cirebon",
            "L'Occitane", "Amazon", "Verified Writer", "IDN Times Community", "Topik:", "Unlock newsletter");

    @TempDir
    static Path index;

    private static Library library;
    private static List<JsonNode> questions;

    @BeforeAll
    static void openLibrary() throws IOException {
        library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(null, index, null, false), m -> {});
        questions = GoldenQuestions.all();
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void should_hold_the_pinned_pass_rate_on_the_golden_questions() {
        int answerable = 0;
        int answered = 0;
        int unanswerable = 0;
        int declined = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode q : questions) {
            String question = q.get("question").asText();
            Answer answer = library.door().ask(Question.of(question)).answer();
            if (q.get("answerable").asBoolean()) {
                answerable++;
                if (GoldenQuestions.answers(q, answer)) {
                    answered++;
                } else {
                    failures.add("not answered: " + question + " => " + answer.text());
                }
            } else {
                unanswerable++;
                if (!answer.grounded()) {
                    declined++;
                } else {
                    failures.add("not declined: " + question + " => " + answer.text());
                }
            }
        }
        String report = answered + "/" + answerable + " answered, " + declined + "/" + unanswerable
                + " declined\n" + String.join("\n", failures);
        assertThat(answerable).isEqualTo(42);
        assertThat(unanswerable).isEqualTo(12);
        assertThat(answered).as(report).isGreaterThanOrEqualTo(MIN_ANSWERED);
        assertThat(declined).as(report).isGreaterThanOrEqualTo(MIN_DECLINED);
    }

    @Test
    void should_resolve_every_marker_and_use_every_citation_on_every_golden_question() {
        for (JsonNode q : questions) {
            Answer answer = library.door().ask(Question.of(q.get("question").asText())).answer();
            Set<Integer> used = new HashSet<>();
            Matcher m = MARKER.matcher(answer.text());
            while (m.find()) {
                used.add(Integer.parseInt(m.group(1)));
            }
            Set<Integer> numbers = new HashSet<>();
            answer.citations().forEach(c -> numbers.add(c.n()));
            assertThat(used).as(answer.text()).isEqualTo(numbers);
            assertThat(numbers).hasSameSizeAs(answer.citations());
            for (Citation c : answer.citations()) {
                assertThat(c.passage().text().replaceAll("\\s+", " ")).contains(c.quote().replaceAll("\\s+", " "));
                FURNITURE.forEach(f -> assertThat(c.passage().text()).as("furniture in a cited passage").doesNotContain(f));
            }
        }
    }

}
