package dev.kabar.app;

import dev.kabar.adapter.cli.BotLauncher;
import dev.kabar.adapter.telegram.TelegramBot;
import dev.kabar.adapter.telegram.TelegramSettings;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the Telegram configuration and starts {@link TelegramBot}; the token comes only from the environment. */
public final class TelegramLauncher implements BotLauncher {

    private final Map<String, String> env;
    private final Path home;

    public TelegramLauncher(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    @Override
    public void checkConfigured(LibraryRequest request) {
        settings(request);
    }

    @Override
    public AutoCloseable start(Library library, LibraryRequest request) {
        TelegramBot bot = TelegramBot.connect(library, settings(request), Clock.systemUTC());
        bot.startPolling();
        return bot;
    }

    TelegramSettings settings(LibraryRequest request) {
        Settings s = Settings.load(request.config(), env, home);
        String token = s.env("TELEGRAM_BOT_TOKEN");
        if (token.isEmpty()) {
            throw new ConfigException("set TELEGRAM_BOT_TOKEN to the token @BotFather gave your bot, then run kabar telegram again");
        }
        String api = s.env("TELEGRAM_API_URL");
        try {
            return new TelegramSettings(token, URI.create(api.isEmpty() ? "https://api.telegram.org" : api),
                    s.getPath("telegram.state-file"), s.getInt("telegram.rate-limit.per-minute", 1, 10_000),
                    list(s.get("telegram.allowed-chats")),
                    list(s.get("telegram.admins")).stream().map(TelegramLauncher::userId).collect(Collectors.toSet()),
                    s.env("KABAR_PUBLIC_URL"), s.getDuration("telegram.poll-timeout"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("telegram configuration: " + e.getMessage(), e);
        }
    }

    private static Set<String> list(String value) {
        return Arrays.stream(value.split("[,\\s]+")).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }

    private static long userId(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ConfigException("telegram.admins must list numeric Telegram user ids, found '" + v + "'", e);
        }
    }
}
