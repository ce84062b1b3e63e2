package dev.kabar.answer.decline;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.TrainingRun;
import dev.kabar.answer.extractive.ExtractiveComposer;
import dev.kabar.answer.extractive.SentenceChooser;
import dev.kabar.app.ConfiguredAnswers;
import dev.kabar.chat.Library;
import dev.kabar.chat.Question;
import dev.kabar.eval.QaDataset;
import dev.kabar.eval.QaItem;
import dev.kabar.text.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks every question of a dataset the way {@code kabar eval} does (its paragraphs plus distractors
 * in a fresh index, the configured retriever and composer) and keeps what the decline check saw:
 * the answer's {@link DeclineEvidence}, or the reason an earlier rule declined. The composer gets
 * a {@link DeclineJudge} that records instead of declining; no static hook is involved.
 */
final class DeclineSamples {

    /** One question: its label, the earlier rule's decline reason ("" if none) and the evidence (null then). */
    record Sample(QaItem item, String reason, DeclineEvidence evidence) {}

    /** How many questions are also asked through kabar's own asker, to prove this pipeline is the same. */
    static final int CHECKED = 300;

    private DeclineSamples() {}

    static List<Sample> collect(QaDataset data, Path distractors, Path home) throws IOException {
        return TrainingRun.with(data, distractors, home, (library, config) -> ask(data.items(), library, config));
    }

    private static List<Sample> ask(List<QaItem> items, Library library, ConfiguredAnswers config) {
        DeclineModel bundled = DeclineModel.bundled();
        DeclineEvidence[] seen = new DeclineEvidence[1];
        DeclineJudge recording = e -> {
            seen[0] = e;
            return false;
        };
        ExtractiveComposer composer = new ExtractiveComposer(config.aliases(), config.extractive(),
                new ExtractiveComposer.Models(recording, SentenceChooser.bundled()));
        List<Sample> samples = new ArrayList<>();
        for (QaItem item : items) {
            TrainingRun.Asked asked = TrainingRun.retrieve(library, config, item.question());
            seen[0] = null;
            Answer answer = composer.compose(asked.question(), asked.language(), asked.hits());
            String reason = answer instanceof Answer.Declined d ? d.reason().code() : "";
            samples.add(new Sample(item, reason, seen[0]));
            if (samples.size() <= CHECKED) {
                requireSame(library, bundled, asked.question(), answer, seen[0]);
            }
        }
        return samples;
    }

    /** The recorded answer, judged by the bundled model, must be what a user of kabar gets. */
    private static void requireSame(Library library, DeclineModel bundled, String question, Answer recorded,
            DeclineEvidence evidence) {
        Answer expected = evidence != null && bundled.declines(evidence)
                ? Declines.of(Language.detect(question), new DeclineReason.WeakEvidence()) : recorded;
        Answer actual = library.door().ask(Question.of(question)).answer();
        if (!actual.text().equals(expected.text())) {
            throw new IllegalStateException("the training pipeline answers \"" + question
                    + "\" unlike kabar's asker: " + expected.text() + " vs " + actual.text());
        }
    }
}
