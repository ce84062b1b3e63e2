package dev.kabar.adapter.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The long-polling loop, on a thread of its own: asks for the updates after the last handled one,
 * hands them to the bot in order, waits {@code retry_after} seconds when Telegram answers 429, and
 * retries network errors with exponential back-off (capped), so an unreachable Bot API only delays
 * updates — they are fetched and answered once it is back.
 */
final class Poller {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    /** Back-off for network errors: doubles from {@code first} up to {@code max}. */
    record Backoff(Duration first, Duration max) {
        static Backoff defaults() {
            return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(15));
        }
    }

    private final TelegramClient client;
    private final KabarBot bot;
    private final int pollSeconds;
    private final Backoff backoff;
    private final UnaryOperator<String> mask;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean handling;

    Poller(TelegramClient client, KabarBot bot, Duration pollTimeout, Backoff backoff, UnaryOperator<String> mask) {
        this.client = client;
        this.bot = bot;
        this.pollSeconds = (int) Math.max(0, pollTimeout.toSeconds());
        this.backoff = backoff;
        this.mask = mask;
        this.thread = Thread.ofPlatform().name("kabar-telegram-poll").daemon().unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    /** Whether an update is being handled right now (a stop then waits for it). */
    boolean handling() {
        return handling;
    }

    /** Asks the loop to stop after the update in hand; a wait for a retry ends at once. */
    void signalStop() {
        stop.countDown();
    }

    /** Waits up to {@code timeout} for the loop to end; true if it did. */
    boolean awaitStop(Duration timeout) throws InterruptedException {
        thread.join(timeout);
        return !thread.isAlive();
    }

    private void loop() {
        Duration wait = backoff.first();
        int failures = 0;
        while (stop.getCount() > 0) {
            try {
                List<Update> updates = client.execute(GetUpdates.builder().offset(next()).limit(100)
                        .timeout(pollSeconds).allowedUpdates(ALLOWED_UPDATES).build());
                if (failures > 0) {
                    LOG.info("Bot API reachable again after {} failed polls", failures);
                }
                failures = 0;
                wait = backoff.first();
                deliver(updates);
            } catch (TelegramApiException | RuntimeException e) {
                failures++;
                Integer retryAfter = retryAfter(e);
                if (retryAfter != null) {
                    LOG.warn("getUpdates: Telegram asks to wait {} s (429)", retryAfter);
                    pause(Duration.ofSeconds(retryAfter));
                } else {
                    wait = retry(wait, failures, e);
                }
            }
        }
    }

    /** Seconds Telegram asks to wait with a 429, or {@code null}. */
    private static Integer retryAfter(Exception e) {
        return code(e) == 429 && ((TelegramApiRequestException) e).getParameters() != null
                ? ((TelegramApiRequestException) e).getParameters().getRetryAfter() : null;
    }

    /** The Bot API's error code, or 0 for a network or other failure. */
    private static int code(Exception e) {
        return e instanceof TelegramApiRequestException r && r.getErrorCode() != null ? r.getErrorCode() : 0;
    }

    private int next() {
        return (int) (bot.offsets().last() + 1);
    }

    private void deliver(List<Update> updates) {
        if (stop.getCount() == 0) {
            return; // not confirmed: Telegram sends them again after the restart
        }
        handling = true;
        try {
            bot.consume(updates);
        } finally {
            handling = false;
        }
    }

    private Duration retry(Duration wait, int failures, Exception e) {
        if (stop.getCount() == 0) {
            return wait;
        }
        if (code(e) == 401) {
            LOG.error("getUpdates: Telegram does not accept the bot token (401): check TELEGRAM_BOT_TOKEN; retrying in {} ms",
                    wait.toMillis());
        } else if (code(e) == 409 && failures == 1) {
            LOG.error("getUpdates refused (409): another kabar polls with this token, or a webhook was set; "
                    + "stop the other instance");
        } else if (failures == 1 || wait.equals(backoff.max())) {
            LOG.warn("getUpdates failed ({}); retrying in {} ms", mask.apply(String.valueOf(e.getMessage())),
                    wait.toMillis());
        }
        pause(wait);
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(backoff.max()) > 0 ? backoff.max() : doubled;
    }

    private void pause(Duration d) {
        try {
            stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.countDown();
        }
    }
}
