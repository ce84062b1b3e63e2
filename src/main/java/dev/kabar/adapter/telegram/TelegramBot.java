package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.chat.Library;
import dev.kabar.chat.Messages;
import dev.kabar.chat.RateLimiter;
import dev.kabar.text.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A running bot: owns the HTTP client and, in long-polling mode, the polling thread; {@link #close()}
 * stops them. Registers the command menu at start.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> MENU = List.of("ask", "brief", "sources", "lang", "help");

    private final OkHttpClient http;
    private final OkHttpTelegramClient client;
    private final Outbox outbox;
    private final KabarBot bot;
    private final User me;
    private final TelegramSettings settings;
    private final Optional<DigestSender> digests;
    private Poller poller;
    private Poller.Backoff backoff = Poller.Backoff.defaults();

    private TelegramBot(OkHttpClient http, OkHttpTelegramClient client, Outbox outbox, KabarBot bot, User me,
            TelegramSettings settings, Optional<DigestSender> digests) {
        this.digests = digests;
        this.http = http;
        this.client = client;
        this.outbox = outbox;
        this.bot = bot;
        this.me = me;
        this.settings = settings;
    }

    /**
     * Connects (getMe, setMyCommands) and wires the update handler; start polling or a webhook next.
     * Questions and briefings go through the library's front door, limited per chat; {@code /reindex}
     * uses the library's reindexer.
     */
    public static TelegramBot connect(Library library, TelegramSettings settings, Clock clock) {
        return connect(library, settings, clock, BotFeeds.NONE);
    }

    /**
     * As {@link #connect(Library, TelegramSettings, Clock)}, with the followed feeds for admins'
     * {@code /follow}, {@code /feeds}, and digests to subscribers, sent from a thread of the bot's own.
     */
    public static TelegramBot connect(Library library, TelegramSettings settings, Clock clock, BotFeeds news) {
        ChatLanguages languages = new ChatLanguages(settings.stateFile()); // a bad file: its own one-line error
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plusSeconds(15)).build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(mapper(), http, settings.token(), url(settings));
        Outbox starting = new Outbox(client, new MessageSplitter(), Outbox.Retries.defaults(), settings::mask);
        Outbox outbox = new Outbox(client, new MessageSplitter(), Outbox.Retries.patient(), settings::mask);
        try {
            User me = starting.execute(new GetMe());
            starting.execute(SetMyCommands.builder().commands(menu()).build());
            BotStats stats = new BotStats(clock);
            // asking who administers a group holds up the update, so it gives up sooner than replies do
            GroupAdmins groupAdmins = new GroupAdmins(starting, clock);
            Commands commands = new Commands(library.door().limitedBy(new RateLimiter(settings.ratePerMinute(), clock)),
                    library.store(), outbox, settings, stats, library.reindexer(), library.desk(), news,
                    new Commands.Chats(languages, groupAdmins));
            KabarBot bot = new KabarBot(commands, outbox, new OffsetStore(settings.stateFile()), me, settings, stats);
            Optional<DigestSender> digests = news.digests()
                    .map(d -> new DigestSender(d, outbox, settings.publicUrl()).start());
            return new TelegramBot(http, client, outbox, bot, me, settings, digests);
        } catch (RuntimeException e) {
            shutdown(http);
            throw new TelegramFailure("cannot reach the Telegram Bot API at " + settings.apiUrl() + ": "
                    + settings.mask(e.getMessage()) + " — check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL", e);
        }
    }

    /** Back-off for network errors while polling (tests shorten it). */
    synchronized TelegramBot backoff(Poller.Backoff value) {
        this.backoff = value;
        return this;
    }

    /**
     * Removes any webhook (Telegram refuses {@code getUpdates} while one is set), then polls on a
     * thread of its own from the update after the last one handled.
     */
    public synchronized void startPolling() {
        outbox.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
        poller = new Poller(client, bot, settings.pollTimeout(), backoff, settings::mask);
        poller.start();
        LOG.info("@{} is polling {}", me.getUserName(), settings.apiUrl());
    }

    /**
     * Registers {@code url} as the bot's webhook with {@code secret} as its secret token; Telegram
     * then POSTs each update there, one at a time. Mount {@link #webhook(String)} at that URL first.
     */
    public void registerWebhook(String url, String secret) {
        try {
            client.execute(SetWebhook.builder().url(url).secretToken(secret).maxConnections(1)
                    .allowedUpdates(Poller.ALLOWED_UPDATES).build());
        } catch (TelegramApiException e) {
            throw new TelegramFailure("setWebhook " + url + " failed: " + settings.mask(e.getMessage())
                    + " — check KABAR_PUBLIC_URL (Telegram needs https) and TELEGRAM_WEBHOOK_SECRET", e);
        }
        LOG.info("@{} receives updates at {}", me.getUserName(), url);
    }

    /** The handler for webhook mode, checking {@code secret} against Telegram's secret-token header. */
    public TelegramWebhook webhook(String secret) {
        return new TelegramWebhook(bot, secret, mapper());
    }

    public String username() {
        return me.getUserName();
    }

    /** Sends the digests due now, waited for (tests); a thread of the bot's own does it every second. */
    void sendDueDigests() {
        digests.ifPresent(DigestSender::runDue);
    }

    @Override
    public synchronized void close() {
        digests.ifPresent(DigestSender::close);
        if (poller != null) {
            try {
                // a long poll still waiting is cancelled — its updates were not confirmed, so Telegram
                // sends them again next time; an update in hand may finish (and its offset be saved)
                poller.signalStop();
                if (!poller.handling()) {
                    http.dispatcher().cancelAll();
                }
                if (!poller.awaitStop(Duration.ofSeconds(10))) {
                    http.dispatcher().cancelAll();
                    poller.awaitStop(Duration.ofSeconds(5));
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

    /** One menu for every user, so each entry names both languages (the bundle's Indonesian entries). */
    private static List<BotCommand> menu() {
        return MENU.stream().map(c -> new BotCommand(c, Messages.text(Language.ID, "telegram.menu." + c))).toList();
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static TelegramUrl url(TelegramSettings s) {
        String scheme = s.apiUrl().getScheme() == null ? "https" : s.apiUrl().getScheme();
        int port = s.apiUrl().getPort() != -1 ? s.apiUrl().getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, s.apiUrl().getHost(), port, false);
    }
}
