package dev.kabar.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.QueryRewriter;
import dev.kabar.text.Language;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmQueryRewriterTest {

    private final FakeOpenAiServer server;
    private final LlmQueryRewriter rewriter;

    LlmQueryRewriterTest() throws IOException {
        server = new FakeOpenAiServer();
        LlmSettings s = new LlmSettings(LlmSettings.Provider.OPENAI, server.baseUrl(), "fake-model", "", Duration.ofSeconds(5),
                2, Duration.ZERO, 0);
        QueryRewriter asTyped = (previous, followUp) -> followUp;
        rewriter = new LlmQueryRewriter(s, ChatModels.chat(s), asTyped);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_rewrite_a_follow_up_with_the_model() {
        server.then(new FakeOpenAiServer.Text("Apa kata China tentang pakta Rusia-Korea Utara?"));

        String q = rewriter.standalone(List.of("Apa kata Jepang tentang pakta Rusia-Korea Utara?"), "Dan China?");

        assertThat(q).isEqualTo("Apa kata China tentang pakta Rusia-Korea Utara?");
        assertThat(server.requests().getFirst().body()).contains("Apa kata Jepang").contains("Dan China?");
    }

    @Test
    void should_keep_the_fallback_rewrite_when_the_model_fails_once() {
        server.always(new FakeOpenAiServer.Status(500, "{}"));

        assertThat(rewriter.standalone(List.of("Apa kata Jepang?"), "Dan China?")).isEqualTo("Dan China?");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void should_widen_english_questions_with_indonesian_search_words_only() {
        server.then(new FakeOpenAiServer.Text("tanggapan Jepang pakta Rusia Korea Utara"));

        assertThat(rewriter.searchQuery("How did Japan react to the pact?", Language.EN))
                .isEqualTo("How did Japan react to the pact?\ntanggapan Jepang pakta Rusia Korea Utara");
        assertThat(rewriter.searchQuery("Apa kata Jepang?", Language.ID)).isEqualTo("Apa kata Jepang?");
        assertThat(server.requests()).hasSize(1);
    }
}
