package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.answer.llm.FakeOpenAiServer;
import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar ask --json} with the provider variables set, against a fake OpenAI-compatible server. */
class LlmAskCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-cli-SECRET-987";

    @TempDir
    Path tmp;

    private final FakeOpenAiServer server;

    LlmAskCliTest() throws IOException {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode ask(Map<String, String> env, String question) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        int code = KabarCli.create(new Kabar(env, Path.of("").toAbsolutePath()), io)
                .execute("ask", "--json", question, "--index", tmp.resolve("index").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain(KEY);
        return JSON.readTree(out.toString());
    }

    private Map<String, String> env() {
        return Map.of("KABAR_LLM_PROVIDER", "openai", "KABAR_LLM_BASE_URL", server.baseUrl(), "KABAR_LLM_MODEL",
                "fake-model", "KABAR_LLM_API_KEY", KEY, "KABAR_LLM_RETRY_BACKOFF", "0ms");
    }

    @Test
    void should_answer_with_the_model_and_report_the_checks() throws IOException {
        server.always(new FakeOpenAiServer.Text("Pakta ditandatangani di Pyongyang [1]. Pakta itu berlaku"
                + " 99 tahun [1][12]."));

        JsonNode o = ask(env(), "Di mana pakta Rusia-Korea Utara ditandatangani?");

        assertThat(o.get("composer").asText()).isEqualTo("llm:openai/fake-model");
        assertThat(o.get("grounded").asBoolean()).isTrue();
        assertThat(o.get("answer").asText()).isEqualTo("Pakta ditandatangani di Pyongyang [1].");
        assertThat(o.get("citations")).hasSize(1);
        assertThat(o.get("checks").get("removedMarkers").get(0).asInt()).isEqualTo(12);
        assertThat(o.get("checks").get("droppedSentences")).hasSize(1);
        assertThat(server.requests()).isNotEmpty();
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_the_model_fails() throws IOException {
        server.always(new FakeOpenAiServer.Status(503, "{\"error\":{\"message\":\"overloaded\"}}"));

        JsonNode o = ask(env(), "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?");

        assertThat(o.get("composer").asText()).isEqualTo("extractive-fallback");
        assertThat(o.get("grounded").asBoolean()).isTrue();
        assertThat(o.has("checks")).isFalse();
    }

    @Test
    void should_work_as_before_without_the_provider_variables() throws IOException {
        JsonNode o = ask(Map.of(), "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?");

        assertThat(o.get("composer").asText()).isEqualTo("extractive");
        assertThat(o.has("checks")).isFalse();
        assertThat(server.requests()).isEmpty();
    }
}
