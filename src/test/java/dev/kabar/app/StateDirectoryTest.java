package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.chat.LibraryRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything kabar writes at run time resolves under {@code state.path} unless a path is configured. */
class StateDirectoryTest {

    private static final LibraryRequest DEFAULTS = new LibraryRequest(null, null, null, false);

    @TempDir
    Path home;

    @Test
    void should_put_the_index_and_the_telegram_offset_under_data_state_by_default() {
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", "1:token");

        Path state = home.resolve("data/state");
        assertThat(StateDirectory.from(Settings.load(null, env, home)))
                .isEqualTo(new StateDirectory(state, state.resolve("index"), state.resolve("telegram-offset")));
        assertThat(KabarConfig.from(Settings.load(null, env, home)).index()).isEqualTo(state.resolve("index"));
        assertThat(new TelegramLauncher(env, home).settings(DEFAULTS).stateFile())
                .isEqualTo(state.resolve("telegram-offset"));
    }

    @Test
    void should_move_both_with_kabar_state_path() {
        Path elsewhere = home.resolve("elsewhere");
        Map<String, String> env = Map.of("KABAR_STATE_PATH", elsewhere.toString(), "TELEGRAM_BOT_TOKEN", "1:token");

        assertThat(KabarConfig.from(Settings.load(null, env, home)).index()).isEqualTo(elsewhere.resolve("index"));
        assertThat(new TelegramLauncher(env, home).settings(DEFAULTS).stateFile())
                .isEqualTo(elsewhere.resolve("telegram-offset"));
        assertThat(StateDirectory.from(Settings.load(null, Map.of("KABAR_STATE_PATH", "var/kabar"), home)).root())
                .as("relative to the kabar home").isEqualTo(home.resolve("var/kabar"));
    }

    @Test
    void should_use_a_configured_index_path_and_state_file_as_they_stand() throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/kabar.properties"), "index.path=idx\n");

        StateDirectory state = StateDirectory.from(Settings.load(null,
                Map.of("KABAR_STATE_PATH", "/srv/kabar", "KABAR_TELEGRAM_STATE_FILE", "/var/offset"), home));

        assertThat(state.index()).isEqualTo(home.resolve("idx"));
        assertThat(state.telegramOffset()).isEqualTo(Path.of("/var/offset"));
        assertThat(state.root()).isEqualTo(Path.of("/srv/kabar"));
    }

    @Test
    void should_name_the_key_when_the_state_path_is_empty() {
        assertThatThrownBy(() -> StateDirectory.from(Settings.load(null, Map.of("KABAR_STATE_PATH", " "), home)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("state.path")
                .hasMessageContaining("KABAR_STATE_PATH");
    }
}
