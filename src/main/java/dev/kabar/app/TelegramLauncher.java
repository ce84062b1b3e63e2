package dev.kabar.app;

import dev.kabar.adapter.cli.BotLauncher;
import dev.kabar.adapter.telegram.BotFeeds;
import dev.kabar.adapter.telegram.TelegramBot;
import dev.kabar.adapter.telegram.TelegramSettings;
import dev.kabar.adapter.telegram.TelegramWebhook;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Webhooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Starts {@link TelegramBot} in long-polling or webhook mode with the Telegram part of the
 * configuration ({@link TelegramConfig}); the token and the webhook secret come only from the
 * environment.
 */
public final class TelegramLauncher implements BotLauncher {

    /** The webhook's name under {@code /hooks/}; Telegram is told {@code KABAR_PUBLIC_URL/hooks/telegram}. */
    static final String HOOK = "telegram";

    private final ConfigSource config;
    private final Webhooks hooks;

    public TelegramLauncher(Map<String, String> env, Path home) {
        this(env, home, new Webhooks());
    }

    /** Reads its own configuration, for tests; {@code Main} shares one {@link ConfigSource} with {@link Kabar}. */
    public TelegramLauncher(Map<String, String> env, Path home, Webhooks hooks) {
        this(new ConfigSource(env, home), hooks);
    }

    /** @param hooks where webhook mode mounts its handler; served by {@code kabar serve}'s web server */
    public TelegramLauncher(ConfigSource config, Webhooks hooks) {
        this.config = config;
        this.hooks = hooks;
    }

    /** Only the token decides whether {@code serve} starts the bot; a bad mode is reported by {@link #start}. */
    @Override
    public void checkConfigured(LibraryRequest request) {
        settings(request);
    }

    @Override
    public AutoCloseable start(Library library, LibraryRequest request) {
        TelegramConfig.Mode mode = telegram(request).mode();
        if (mode.webhook() && !hooks.isServed()) {
            throw new ConfigException("telegram.mode=webhook receives updates on kabar's web server: run ./kabar serve, "
                    + "or set telegram.mode=polling for ./kabar telegram");
        }
        // admins follow feeds from the bot as from kabar follow; the server owning the state polls them
        BotFeeds feeds = request.index() == null
                ? FeedSetup.forBot(config.read(request.config()), config.env(), library)
                : BotFeeds.NONE;
        TelegramBot bot = TelegramBot.connect(library, settings(request), Clock.systemUTC(), feeds);
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

    TelegramSettings settings(LibraryRequest request) {
        return telegram(request).settings();
    }

    private TelegramConfig telegram(LibraryRequest request) {
        return config.read(request.config()).telegram();
    }
}
