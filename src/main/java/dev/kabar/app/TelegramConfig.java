package dev.kabar.app;

import dev.kabar.adapter.telegram.TelegramSettings;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Telegram part of {@link KabarConfig}: read with the rest, but a problem in it — no token, a
 * bad mode — is reported only when a bot is started, because {@code kabar ask} and a
 * {@code kabar serve} without a token need none of it.
 */
final class TelegramConfig {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    /** How updates arrive: long polling, or a webhook at {@code publicUrl} checked with {@code secret}. */
    record Mode(boolean webhook, String secret, String publicUrl) {}

    private final Supplier<TelegramSettings> settings;
    private final Supplier<Mode> mode;

    private TelegramConfig(Supplier<TelegramSettings> settings, Supplier<Mode> mode) {
        this.settings = settings;
        this.mode = mode;
    }

    static TelegramConfig from(Settings s) {
        return new TelegramConfig(checked(() -> settings(s)), checked(() -> mode(s)));
    }

    /** @throws ConfigException saying what to set, first of all the token */
    TelegramSettings settings() {
        return settings.get();
    }

    /** @throws ConfigException when the mode is unknown, or a webhook lacks its secret or public URL */
    Mode mode() {
        return mode.get();
    }

    /** Reads now, reports later: the value, or the same complaint each time it is asked for. */
    private static <T> Supplier<T> checked(Supplier<T> read) {
        try {
            T value = read.get();
            return () -> value;
        } catch (ConfigException e) {
            return () -> {
                throw new ConfigException(e.getMessage(), e);
            };
        }
    }

    private static Mode mode(Settings s) {
        String mode = s.get("telegram.mode");
        if (mode.equals("polling")) {
            return new Mode(false, "", "");
        }
        if (!mode.equals("webhook")) {
            throw new ConfigException("telegram.mode must be polling or webhook, was '" + mode + "'");
        }
        String secret = s.env("TELEGRAM_WEBHOOK_SECRET");
        if (!SECRET.matcher(secret).matches()) {
            throw new ConfigException("telegram.mode=webhook needs TELEGRAM_WEBHOOK_SECRET: 1-256 characters of "
                    + "A-Z a-z 0-9 _ - (e.g. from: openssl rand -hex 32)");
        }
        String url = s.env("KABAR_PUBLIC_URL").replaceAll("/+$", "");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new ConfigException("telegram.mode=webhook needs KABAR_PUBLIC_URL, the https address where "
                    + "Telegram reaches this server, e.g. https://kabar.example.org");
        }
        return new Mode(true, secret, url);
    }

    /** The token and the webhook secret come only from the environment. */
    private static TelegramSettings settings(Settings s) {
        String token = s.env("TELEGRAM_BOT_TOKEN");
        if (token.isEmpty()) {
            throw new ConfigException("set TELEGRAM_BOT_TOKEN to the token @BotFather gave your bot, then run kabar telegram again");
        }
        String api = s.env("TELEGRAM_API_URL");
        try {
            return new TelegramSettings(token, URI.create(api.isEmpty() ? "https://api.telegram.org" : api),
                    StateDirectory.from(s).telegramOffset(), s.getInt("telegram.rate-limit.per-minute", 1, 10_000),
                    list(s.get("telegram.allowed-chats")),
                    list(s.get("telegram.admins")).stream().map(TelegramConfig::userId).collect(Collectors.toSet()),
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
