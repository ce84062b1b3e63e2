package dev.kabar.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Composition;
import dev.kabar.answer.Fixtures;
import dev.kabar.answer.check.CitationCheck;
import dev.kabar.answer.extractive.ExtractiveComposer;
import dev.kabar.answer.extractive.ExtractiveSettings;
import dev.kabar.text.Language;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The model server is down (connection refused): the extractive answer is given, streamed or not. */
class ModelDownTest {

    private final LlmComposer composer;

    ModelDownTest() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort(); // closed again before use: nothing listens there
        }
        LlmSettings settings = new LlmSettings(LlmSettings.Provider.OPENAI, "http://127.0.0.1:" + closedPort + "/v1",
                "fake-model", LlmComposerTest.KEY, Duration.ofSeconds(5), 1, Duration.ZERO, 0);
        composer = new LlmComposer(settings, LlmComposer.Models.of(settings),
                new ExtractiveComposer(LlmComposerTest.ALIASES, ExtractiveSettings.defaults(), Fixtures.MODELS),
                new CitationCheck(LlmComposerTest.ALIASES));
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_the_model_server_refuses_connections() {
        Composition c = composer.composition(LlmComposerTest.QUESTION, Language.ID, LlmComposerTest.HITS);

        assertThat(c.composer()).isEqualTo(LlmComposer.FALLBACK);
        assertThat(c.answer().text()).isNotBlank();
        LlmComposerTest.assertCitationsResolve(c.answer(), LlmComposerTest.HITS);
    }

    @Test
    void should_fall_back_when_streaming_and_the_model_server_refuses_connections() {
        List<String> tokens = new CopyOnWriteArrayList<>();

        Composition c = composer.stream(LlmComposerTest.QUESTION, Language.ID, LlmComposerTest.HITS, tokens::add);

        assertThat(c.composer()).isEqualTo(LlmComposer.FALLBACK);
        LlmComposerTest.assertCitationsResolve(c.answer(), LlmComposerTest.HITS);
    }
}
