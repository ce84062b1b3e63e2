package dev.kabar.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kabar.answer.Composition;
import dev.kabar.answer.Fixtures;
import dev.kabar.answer.check.CitationCheck;
import dev.kabar.answer.extractive.ExtractiveComposer;
import dev.kabar.answer.extractive.ExtractiveSettings;
import dev.kabar.text.Language;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Against a real model; runs only when {@code KABAR_LLM_BASE_URL} or an API key is set, e.g.
 * {@code KABAR_LLM_PROVIDER=ollama KABAR_LLM_MODEL=llama3.1:8b KABAR_LLM_BASE_URL=http://localhost:11434/v1
 * ./mvnw -o test -Dtest=RealModelIT}.
 */
class RealModelIT {

    private static String env(String name) {
        return Objects.requireNonNullElse(System.getenv(name), "").strip();
    }

    @Test
    void should_answer_from_the_passages_with_resolving_citations() {
        Map<String, String> e = Map.of("url", env("KABAR_LLM_BASE_URL"), "key",
                env("KABAR_LLM_API_KEY").isEmpty() ? env("OPENAI_API_KEY") : env("KABAR_LLM_API_KEY"));
        assumeTrue(!e.get("url").isEmpty() || !e.get("key").isEmpty(), "no model configured");
        String provider = env("KABAR_LLM_PROVIDER").isEmpty() ? "openai" : env("KABAR_LLM_PROVIDER");
        String model = env("KABAR_LLM_MODEL").isEmpty() ? "gpt-4o-mini" : env("KABAR_LLM_MODEL");
        LlmSettings s = new LlmSettings(LlmSettings.Provider.of(provider), e.get("url"), model, e.get("key"),
                Duration.ofSeconds(120), 1, Duration.ofSeconds(1), 0);
        LlmComposer composer = new LlmComposer(s, LlmComposer.Models.of(s),
                new ExtractiveComposer(LlmComposerTest.ALIASES, ExtractiveSettings.defaults(), Fixtures.MODELS),
                new CitationCheck(LlmComposerTest.ALIASES));

        Composition answered = composer.composition(LlmComposerTest.QUESTION, Language.ID, LlmComposerTest.HITS);
        Composition unanswerable = composer.composition("Siapa wali kota Cirebon?", Language.ID,
                List.of(LlmComposerTest.HITS.getFirst()));

        assertThat(answered.composer()).isEqualTo(s.composerName());
        LlmComposerTest.assertCitationsResolve(answered.answer(), LlmComposerTest.HITS);
        assertThat(unanswerable.answer().text()).doesNotContain("[2]");
    }
}
