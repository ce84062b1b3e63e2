package dev.kabar.app;

import dev.kabar.answer.extractive.ExtractiveSettings;
import dev.kabar.retrieval.AliasTable;
import java.nio.file.Path;
import java.util.Map;

/**
 * The answer-side configuration exactly as {@link Kabar} reads it, for test-side tools outside this
 * package (the decline trainer builds its own composer with it).
 */
public record ConfiguredAnswers(AliasTable aliases, ExtractiveSettings extractive, int topK) {

    public static ConfiguredAnswers load(Map<String, String> env, Path home) {
        KabarConfig config = KabarConfig.from(Settings.load(null, env, home));
        return new ConfiguredAnswers(AliasTable.load(config.aliasFiles().toArray(Path[]::new)), config.extractive(), config.topK());
    }
}
