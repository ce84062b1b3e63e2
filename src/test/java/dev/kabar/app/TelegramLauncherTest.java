package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.adapter.cli.TelegramCommand;
import dev.kabar.adapter.telegram.TelegramSettings;
import dev.kabar.chat.LibraryRequest;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelegramLauncherTest {

    private final Path home = Path.of("").toAbsolutePath();

    @Test
    void should_fail_in_one_line_naming_the_variable_when_no_token_is_set() {
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(new StringWriter()), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        Kabar kabar = new Kabar(Map.of(), home);

        int code = KabarCli.create(kabar, io, new TelegramCommand(kabar, io, new TelegramLauncher(Map.of(), home)))
                .execute("telegram");

        assertThat(code).isEqualTo(KabarCli.RUNTIME);
        assertThat(err.toString().strip()).contains("TELEGRAM_BOT_TOKEN").doesNotContain("\n");
    }

    @Test
    void should_read_the_telegram_keys_and_keep_the_token_out_of_to_string() {
        TelegramSettings s = new TelegramLauncher(Map.of("TELEGRAM_BOT_TOKEN", "42:abc",
                "TELEGRAM_API_URL", "http://127.0.0.1:8081", "KABAR_TELEGRAM_ADMINS", "7, 8",
                "KABAR_TELEGRAM_ALLOWED_CHATS", "-100123,@newsroom", "KABAR_PUBLIC_URL", "https://kabar.example/"), home)
                .settings(new LibraryRequest(null, null, null, false));

        assertThat(s.apiUrl().getPort()).isEqualTo(8081);
        assertThat(s.admins()).isEqualTo(Set.of(7L, 8L));
        assertThat(s.allowedChats()).containsExactlyInAnyOrder("-100123", "@newsroom");
        assertThat(s.publicUrl()).isEqualTo("https://kabar.example");
        assertThat(s.ratePerMinute()).isEqualTo(10);
        assertThat(s.pollTimeout()).isEqualTo(Duration.ofSeconds(50));
        assertThat(s.toString()).doesNotContain("42:abc");
        assertThat(s.mask("GET /bot42:abc/getMe")).isEqualTo("GET /bot<token>/getMe");
    }
}
