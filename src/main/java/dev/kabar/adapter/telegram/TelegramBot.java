package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.chat.Library;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A running bot: owns the HTTP client, the long-polling session and its thread; {@link #close()}
 * stops them. Registers the command menu at start.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<BotCommand> MENU = List.of(
            new BotCommand("ask", "Tanya / ask a question"),
            new BotCommand("brief", "Ringkasan / briefing [topic]"),
            new BotCommand("sources", "Daftar artikel / the articles"),
            new BotCommand("lang", "Bahasa bot: id | en"),
            new BotCommand("help", "Bantuan / help"));

    private final OkHttpClient http;
    private final KabarBot bot;
    private final User me;
    private final TelegramSettings settings;
    private TelegramBotsLongPollingApplication polling;
    private ScheduledExecutorService pollThread;

    private TelegramBot(OkHttpClient http, KabarBot bot, User me, TelegramSettings settings) {
        this.http = http;
        this.bot = bot;
        this.me = me;
        this.settings = settings;
    }

    /** Connects (getMe, setMyCommands) and wires the update handler; call {@link #startPolling()} next. */
    public static TelegramBot connect(Library library, TelegramSettings settings, Clock clock) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plusSeconds(15)).build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(mapper(), http, settings.token(), url(settings));
        Outbox outbox = new Outbox(client, new MessageSplitter(), Outbox.Retries.defaults());
        try {
            User me = outbox.execute(new GetMe());
            outbox.execute(SetMyCommands.builder().commands(MENU).build());
            BotStats stats = new BotStats(clock);
            Commands commands = new Commands(library, outbox, settings, new RateLimiter(clock,
                    settings.ratePerMinute()), stats);
            KabarBot bot = new KabarBot(commands, outbox, new OffsetStore(settings.stateFile()), me, settings, stats);
            return new TelegramBot(http, bot, me, settings);
        } catch (RuntimeException e) {
            shutdown(http);
            throw new TelegramFailure("cannot reach the Telegram Bot API at " + settings.apiUrl() + ": "
                    + settings.mask(e.getMessage()) + " — check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL", e);
        }
    }

    /** Starts long polling on a thread of its own, from the update after the last one handled. */
    public synchronized void startPolling() {
        OffsetStore offsets = bot.offsets();
        int pollSeconds = (int) Math.max(0, settings.pollTimeout().toSeconds());
        pollThread = pollingThread();
        polling = new TelegramBotsLongPollingApplication(TelegramBot::mapper, () -> http, () -> pollThread);
        try {
            polling.registerBot(settings.token(), () -> url(settings),
                    offset -> GetUpdates.builder().offset((int) Math.max(offset == null ? 0 : offset,
                            offsets.last() + 1)).limit(100).timeout(pollSeconds).build(), bot);
            if (!polling.isRunning()) {
                polling.start();
            }
        } catch (TelegramApiException e) {
            throw new TelegramFailure("cannot start long polling: " + settings.mask(e.getMessage()), e);
        }
        LOG.info("@{} is polling {}", me.getUserName(), settings.apiUrl());
    }

    /** The handler for webhook mode, checking {@code secret} against Telegram's secret-token header. */
    public TelegramWebhook webhook(String secret) {
        return new TelegramWebhook(bot, secret, mapper());
    }

    public String username() {
        return me.getUserName();
    }

    @Override
    public synchronized void close() {
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                LOG.warn("stopping long polling: {}", settings.mask(e.getMessage()));
            }
            // let the update in hand finish (and its offset be saved); a long poll still waiting is
            // cancelled — its updates were not confirmed, so Telegram sends them again next time
            pollThread.shutdown();
            try {
                if (!pollThread.awaitTermination(5, TimeUnit.SECONDS)) {
                    http.dispatcher().cancelAll();
                    if (!pollThread.awaitTermination(10, TimeUnit.SECONDS)) {
                        pollThread.shutdownNow();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        shutdown(http);
    }

    private static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        try {
            http.dispatcher().executorService().awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static ScheduledExecutorService pollingThread() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kabar-telegram-poll");
            t.setDaemon(true);
            return t;
        });
    }

    private static TelegramUrl url(TelegramSettings s) {
        String scheme = s.apiUrl().getScheme() == null ? "https" : s.apiUrl().getScheme();
        int port = s.apiUrl().getPort() != -1 ? s.apiUrl().getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, s.apiUrl().getHost(), port, false);
    }
}
