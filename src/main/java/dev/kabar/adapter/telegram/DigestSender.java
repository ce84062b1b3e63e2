package dev.kabar.adapter.telegram;

import dev.kabar.digest.DigestDesk;
import dev.kabar.digest.DigestEntry;
import dev.kabar.digest.Subscription;
import dev.kabar.text.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends each subscriber its digest when due: what was taken in since the last one, or nothing when
 * nothing is new. A digest counts as delivered only once Telegram confirmed it; one that failed is
 * tried again a minute later (or an interval, when shorter), and a chat that blocked the bot (403)
 * is unsubscribed.
 */
final class DigestSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final DigestDesk desk;
    private final Outbox outbox;
    private final DigestMessage message;
    private final Map<Long, Instant> retryAt = new HashMap<>();
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "telegram-digests"));

    DigestSender(DigestDesk desk, Outbox outbox, String publicUrl) {
        this.desk = desk;
        this.outbox = outbox;
        this.message = new DigestMessage(publicUrl);
    }

    DigestSender start() {
        long tick = Math.min(1000, desk.settings().interval().toMillis());
        ticker.scheduleWithFixedDelay(() -> {
            try {
                runDue();
            } catch (RuntimeException e) {
                LOG.warn("digests: {}", e.getMessage());
            }
        }, tick, tick, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Sends every digest that is due now. */
    synchronized void runDue() {
        Instant now = desk.clock().instant();
        for (Subscription s : desk.subscriptions().all()) {
            if (!s.due().isAfter(now) && !retryAt.getOrDefault(s.chatId(), Instant.MIN).isAfter(now)) {
                deliver(s, now);
            }
        }
    }

    private void deliver(Subscription s, Instant now) {
        Duration interval = desk.settings().interval();
        Instant next = s.due().plus(interval).isAfter(now) ? s.due().plus(interval) : now.plus(interval);
        List<DigestEntry> entries = desk.digests().between(s.since(), now, s.topic());
        if (entries.isEmpty()) {
            desk.subscriptions().delivered(s.chatId(), now, next); // nothing new, no message
            return;
        }
        Language l = Language.parse(s.language()).orElse(Language.ID);
        String html = message.html(entries, l, DigestMessage.today(now, desk.settings().zone()), s.topic());
        try {
            outbox.send(s.chatId(), Reply.text(html), null);
            desk.subscriptions().delivered(s.chatId(), now, next);
            retryAt.remove(s.chatId());
        } catch (TelegramFailure e) {
            if (e.getCause() instanceof TelegramApiRequestException r && Integer.valueOf(403).equals(r.getErrorCode())) {
                LOG.info("chat {} blocked the bot: unsubscribed from digests", s.chatId());
                desk.subscriptions().unsubscribe(s.chatId());
            } else {
                LOG.warn("digest to chat {} failed, retrying: {}", s.chatId(), e.getMessage());
                // kept here, not stored: the schedule stays, and after a restart the retry comes at once
                retryAt.put(s.chatId(), now.plus(interval.compareTo(RETRY) < 0 ? interval : RETRY));
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
