package dev.kabar.answer.decline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclineFoldsTest {

    private static DeclineTrainer.Labelled question(boolean unanswerable, double signal) {
        double[] f = new double[DeclineEvidence.NAMES.size()];
        f[0] = signal;
        return new DeclineTrainer.Labelled(unanswerable, new DeclineEvidence(f));
    }

    private static String summary(List<DeclineTrainer.Labelled> questions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DeclineFolds.print("test", questions, 5, ex -> new LogisticFit(2000, 1.0, 1e-4).fit(ex)::probability,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_decline_every_unanswerable_question_when_one_check_separates_them() {
        List<DeclineTrainer.Labelled> questions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            questions.add(question(i % 2 == 0, i % 2 == 0 ? 1 : 0));
        }

        assertThat(summary(questions)).contains("test (5-fold):", "wrongly<=0.10: 1.000/0.000");
    }

    @Test
    void should_count_a_question_a_rule_declined_as_declined() {
        List<DeclineTrainer.Labelled> questions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            questions.add(question(i % 2 == 0, 0.5)); // the check tells nothing
        }
        questions.set(0, new DeclineTrainer.Labelled(true, null));

        assertThat(summary(questions)).contains("wrongly<=0.10: 0.040/0.000"); // 1 of 25 unanswerable
    }
}
