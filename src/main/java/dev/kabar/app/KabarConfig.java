package dev.kabar.app;

import dev.kabar.answer.ExtractiveSettings;
import java.nio.file.Path;

/** The typed configuration, read and validated once from {@link Settings}. */
record KabarConfig(
        Path corpus,
        Path index,
        Path furniture,
        int passageMinChars,
        int passageMaxChars,
        Path aliases,
        int topK,
        int maxQuestionChars,
        ExtractiveSettings extractive) {

    static KabarConfig from(Settings s) {
        ExtractiveSettings d = ExtractiveSettings.defaults();
        ExtractiveSettings extractive = new ExtractiveSettings(
                s.getInt("answer.max-sentences", 1, 10),
                s.getInt("answer.max-chars", 120, 4000),
                s.getInt("answer.passages-considered", 1, 50),
                d.minSentenceChars(),
                s.getDouble("answer.min-coverage", 0, 1),
                s.getDouble("answer.min-content-coverage", 0, 1),
                s.getDouble("answer.merge-similarity", 0, 1),
                d.minSecondGain(),
                d.weights());
        return new KabarConfig(
                s.getPath("corpus.path"),
                s.getPath("index.path"),
                s.getPath("ingestion.furniture"),
                s.getInt("ingestion.passage.min-chars", 0, 100_000),
                s.getInt("ingestion.passage.max-chars", 1, 100_000),
                s.getPath("retrieval.aliases"),
                s.getInt("retrieval.top-k", 1, 100),
                s.getInt("question.max-chars", 1, 1_000_000),
                extractive);
    }
}
