package dev.kabar.app;

import dev.kabar.adapter.cli.BotLauncher;
import dev.kabar.adapter.telegram.TelegramBot;
import dev.kabar.adapter.telegram.TelegramSettings;
import dev.kabar.adapter.telegram.TelegramWebhook;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Webhooks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the Telegram configuration and starts {@link TelegramBot} in long-polling or webhook mode;
 * the token and the webhook secret come only from the environment.
 */
public final class TelegramLauncher implements BotLauncher {

    /** The webhook's name under {@code /hooks/}; Telegram is told {@code KABAR_PUBLIC_URL/hooks/telegram}. */
    static final String HOOK = "telegram";
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final Map<String, String> env;
    private final Path home;
    private final Webhooks hooks;

    public TelegramLauncher(Map<String, String> env, Path home) {
        this(env, home, new Webhooks());
    }

    /** @param hooks where webhook mode mounts its handler; served by {@code kabar serve}'s web server */
    public TelegramLauncher(Map<String, String> env, Path home, Webhooks hooks) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.hooks = hooks;
    }

    /** Only the token decides whether {@code serve} starts the bot; a bad mode is reported by {@link #start}. */
    @Override
    public void checkConfigured(LibraryRequest request) {
        settings(request);
    }

    @Override
    public AutoCloseable start(Library library, LibraryRequest request) {
        Mode mode = mode(request);
        if (mode.webhook() && !hooks.isServed()) {
            throw new ConfigException("telegram.mode=webhook receives updates on kabar's web server: run ./kabar serve, "
                    + "or set telegram.mode=polling for ./kabar telegram");
        }
        TelegramBot bot = TelegramBot.connect(library, settings(request), Clock.systemUTC(), library.reindexer());
        try {
            if (!mode.webhook()) {
                bot.startPolling();
                return bot;
            }
            TelegramWebhook hook = bot.webhook(mode.secret());
            String path = hooks.register(HOOK, new Webhooks.Hook() {
                @Override
                public boolean authorized(UnaryOperator<String> header) {
                    return hook.authorized(header.apply(TelegramWebhook.SECRET_HEADER));
                }

                @Override
                public int handle(byte[] body) {
                    return hook.handle(new String(body, StandardCharsets.UTF_8));
                }
            });
            bot.registerWebhook(mode.publicUrl() + path, mode.secret());
        } catch (RuntimeException e) {
            hooks.remove(HOOK);
            bot.close();
            throw e;
        }
        return () -> {
            hooks.remove(HOOK);
            bot.close();
        };
    }

    /** How updates arrive: long polling, or a webhook at {@code publicUrl} checked with {@code secret}. */
    record Mode(boolean webhook, String secret, String publicUrl) {}

    Mode mode(LibraryRequest request) {
        Settings s = Settings.load(request.config(), env, home);
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

    TelegramSettings settings(LibraryRequest request) {
        Settings s = Settings.load(request.config(), env, home);
        String token = s.env("TELEGRAM_BOT_TOKEN");
        if (token.isEmpty()) {
            throw new ConfigException("set TELEGRAM_BOT_TOKEN to the token @BotFather gave your bot, then run kabar telegram again");
        }
        String api = s.env("TELEGRAM_API_URL");
        try {
            return new TelegramSettings(token, URI.create(api.isEmpty() ? "https://api.telegram.org" : api),
                    StateDirectory.from(s).telegramOffset(), s.getInt("telegram.rate-limit.per-minute", 1, 10_000),
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
