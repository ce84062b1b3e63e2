package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.adapter.cli.RunningServer;
import dev.kabar.app.Kabar;
import dev.kabar.app.TelegramLauncher;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Webhooks;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook mode end to end: Telegram's POSTs over real HTTP to kabar's web server, the bot behind it. */
class TelegramWebhookTest {

    private static final String SECRET = "s3cret_Token-1";
    private static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private final Updates updates = new Updates();
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeBotApi api;
    private Library library;
    private RunningServer server;
    private AutoCloseable bot;
    private LibraryRequest request;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        request = new LibraryRequest(null, tmp.resolve("index"), null, false);
        Webhooks hooks = new Webhooks();
        Kabar kabar = new Kabar(Map.of(), HOME, hooks);
        library = kabar.open(request, m -> {});
        server = kabar.start(library, request, OptionalInt.of(0));
        bot = new TelegramLauncher(env("webhook", SECRET), HOME, hooks).start(library, request);
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        server.close();
        library.close();
        api.close();
    }

    private Map<String, String> env(String mode, String secret) {
        Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", "55:hook-token",
                "TELEGRAM_API_URL", api.url().toString(), "KABAR_TELEGRAM_MODE", mode,
                "KABAR_PUBLIC_URL", "https://kabar.example/", "KABAR_TELEGRAM_STATE_FILE",
                tmp.resolve("offset").toString()));
        if (secret != null) {
            env.put("TELEGRAM_WEBHOOK_SECRET", secret);
        }
        return env;
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "hooks/telegram"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (secret != null) {
            b.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void should_register_the_webhook_with_its_secret_and_allowed_updates_instead_of_polling() {
        var set = api.calls("setWebhook");

        assertThat(set).hasSize(1);
        assertThat(set.getFirst().body().path("url").asText()).isEqualTo("https://kabar.example/hooks/telegram");
        assertThat(set.getFirst().body().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(set.getFirst().body().path("allowed_updates").asText()).contains("message", "callback_query");
        assertThat(api.calls("deleteWebhook")).isEmpty();
        assertThat(api.polls()).isEmpty();
    }

    @Test
    void should_handle_an_update_posted_with_the_right_secret() throws Exception {
        assertThat(post(updates.text(81, "/help").toString(), SECRET)).isEqualTo(200);

        assertThat(api.awaitSent(81, 1).getFirst().text()).contains("artikel");
    }

    @Test
    void should_refuse_a_wrong_or_missing_secret_and_handle_nothing() throws Exception {
        assertThat(post(updates.text(82, "/help").toString(), "wrong")).isEqualTo(401);
        assertThat(post(updates.text(82, "/help").toString(), null)).isEqualTo(401);
        assertThat(post(updates.text(82, "/help").toString(), "")).isEqualTo(401);

        assertThat(api.sent(82)).isEmpty();
    }

    @Test
    void should_refuse_a_wrong_secret_before_reading_the_body() throws Exception {
        URI url = URI.create(server.url().toString());
        try (Socket s = new Socket(url.getHost(), url.getPort())) {
            s.setSoTimeout(5_000);
            // announces half a megabyte and sends none of it: only a server that reads the body first would wait
            s.getOutputStream().write(("POST /hooks/telegram HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + TelegramWebhook.SECRET_HEADER + ": wrong\r\nContent-Length: 500000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

            assertThat(status).isEqualTo("HTTP/1.1 401");
        }
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void should_answer_400_to_a_malformed_body() throws Exception {
        assertThat(post("not json", SECRET)).isEqualTo(400);
        assertThat(post("[1,2]", SECRET)).isEqualTo(400);
        assertThat(post("{}", SECRET)).isEqualTo(400);
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void should_handle_a_duplicate_update_id_once() throws Exception {
        String body = updates.text(83, "/help").toString();

        assertThat(post(body, SECRET)).isEqualTo(200);
        assertThat(post(body, SECRET)).isEqualTo(200);

        assertThat(api.sent(83)).hasSize(1);
    }

    @Test
    void should_refuse_webhook_mode_without_a_secret_or_without_the_web_server() {
        assertThatThrownBy(() -> new TelegramLauncher(env("webhook", null), HOME, new Webhooks()).start(library, request))
                .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
        assertThatThrownBy(() -> new TelegramLauncher(env("webhook", SECRET), HOME, new Webhooks()).start(library, request))
                .hasMessageContaining("./kabar serve");
        assertThatThrownBy(() -> new TelegramLauncher(env("hook", SECRET), HOME, new Webhooks()).start(library, request))
                .hasMessageContaining("polling or webhook");
    }
}
