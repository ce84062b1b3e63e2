package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path home;

    @Test
    void should_prefer_environment_over_file_over_defaults() throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/kabar.properties"), "retrieval.top-k=5\nquestion.max-chars=100\n");

        Settings s = Settings.load(null, Map.of("KABAR_RETRIEVAL_TOP_K", "3"), home);

        assertThat(s.getInt("retrieval.top-k", 1, 100)).isEqualTo(3);
        assertThat(s.getInt("question.max-chars", 1, 10_000)).isEqualTo(100);
        assertThat(s.getPath("corpus.path")).isEqualTo(home.resolve("data/articles"));
    }

    @Test
    void should_name_the_key_and_the_variable_when_a_value_is_malformed() {
        Settings s = Settings.load(null, Map.of("KABAR_RETRIEVAL_TOP_K", "many"), home);

        assertThatThrownBy(() -> s.getInt("retrieval.top-k", 1, 100))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("retrieval.top-k").hasMessageContaining("KABAR_RETRIEVAL_TOP_K")
                .hasMessageContaining("many");
    }

    @Test
    void should_reject_out_of_range_values() {
        Settings s = Settings.load(null, Map.of("KABAR_RETRIEVAL_TOP_K", "0"), home);

        assertThatThrownBy(() -> s.getInt("retrieval.top-k", 1, 100)).hasMessageContaining("between 1 and 100");
    }

    @Test
    void should_read_durations_with_units() {
        Settings s = Settings.load(null, Map.of("KABAR_A", "250ms", "KABAR_B", "30s", "KABAR_C", "PT2M"), home);

        assertThat(s.getDuration("a")).isEqualTo(Duration.ofMillis(250));
        assertThat(s.getDuration("b")).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.getDuration("c")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void should_fail_with_a_clear_message_when_an_explicit_config_file_is_missing() {
        assertThatThrownBy(() -> Settings.load(home.resolve("nope.properties"), Map.of(), home))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--config");
    }

    @Test
    void should_document_every_key_the_code_reads_in_the_shipped_config() throws IOException {
        String shipped = Files.readString(Path.of("config/kabar.properties"));
        for (String key : new String[] {"corpus.path", "state.path", "index.path", "telegram.state-file",
            "ingestion.furniture", "ingestion.passage.min-chars", "ingestion.passage.max-chars", "retrieval.aliases",
            "retrieval.top-k", "question.max-chars", "answer.max-sentences", "answer.max-chars",
            "answer.passages-considered", "answer.min-coverage", "answer.min-content-coverage",
            "answer.merge-similarity", "llm.provider", "llm.base-url", "llm.model", "llm.timeout", "llm.max-retries",
            "llm.retry-backoff", "llm.temperature", "conversation.max-turns", "conversation.ttl",
            "conversation.max-conversations"}) {
            assertThat(shipped).contains("\n" + key + "=");
        }
        KabarConfig.from(Settings.load(null, Map.of(), Path.of("").toAbsolutePath())); // all valid
    }
}
