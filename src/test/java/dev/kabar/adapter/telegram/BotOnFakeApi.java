package dev.kabar.adapter.telegram;

import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture shared by the bot's end-to-end tests: one library of the bundled corpus per class, a
 * fresh {@link FakeBotApi} per test, and the bot under test closed after each one.
 */
abstract class BotOnFakeApi {

    @TempDir
    static Path index;

    static Library library;

    @TempDir
    Path state;

    FakeBotApi api;
    final Updates updates = new Updates();
    TelegramBot bot;

    @BeforeAll
    static void openLibrary() {
        library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(null, index, null, false), m -> {});
    }

    @AfterAll
    static void closeLibrary() {
        library.close();
    }

    @BeforeEach
    void startApi() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        api.close();
    }
}
