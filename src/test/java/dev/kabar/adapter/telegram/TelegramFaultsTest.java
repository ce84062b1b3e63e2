package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The polling loop under Bot API faults: 429 with {@code retry_after} on getUpdates, and an outage
 * (the fake server stopped, then started again on the same port with the updates queued meanwhile).
 * The outage lasts {@code -Dkabar.telegram.outage=2s} by default; {@code scripts/telegram-outage.sh}
 * runs it for 60 s.
 */
class TelegramFaultsTest extends BotOnFakeApi {

    private static final Poller.Backoff FAST = new Poller.Backoff(Duration.ofMillis(50), Duration.ofSeconds(1));

    private void start(Poller.Backoff backoff) {
        bot = TelegramBot.connect(library, new TelegramSettings("77:faults", api.url(), state.resolve("offset"), 1000,
                Set.of(), Set.of(), "", Duration.ZERO), Clock.systemUTC()).backoff(backoff);
        bot.startPolling();
    }

    @Test
    void should_wait_retry_after_seconds_when_get_updates_gets_429() throws Exception {
        api.failNext("getUpdates", 1, 2);
        start(FAST);
        api.enqueue(updates.text(91, "/help"));

        api.awaitSent(91, 1);

        List<Long> polls = api.polls();
        assertThat(polls.get(1) - polls.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(api.calls("deleteWebhook")).hasSize(1);
    }

    @Test
    void should_keep_polling_after_a_server_error_on_get_updates() throws Exception {
        api.refuseNext("getUpdates", 3, 502);
        start(FAST);
        api.enqueue(updates.text(92, "/help"));

        assertThat(api.awaitSent(92, 1)).hasSize(1);
        assertThat(api.polls()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void should_answer_every_message_queued_during_an_outage_exactly_once() throws Exception {
        Duration outage = Duration.parse("PT" + System.getProperty("kabar.telegram.outage", "2s").toUpperCase());
        start(new Poller.Backoff(Duration.ofMillis(100), Duration.ofSeconds(2)));
        api.enqueue(updates.text(100, "/help"));
        api.awaitSent(100, 1);
        api.awaitPolls(api.polls().size() + 1, Duration.ofSeconds(10)); // the reply's response is in: idle

        api.goDown();
        LongStream.rangeClosed(101, 110).forEach(chat -> api.enqueue(updates.text(chat, "/sources")));
        new CountDownLatch(1).await(outage.toMillis(), TimeUnit.MILLISECONDS); // the outage itself, not a sync
        int pollsBefore = api.polls().size();
        api.comeBack();

        api.await(calls -> LongStream.rangeClosed(100, 110).allMatch(chat -> calls.stream()
                .anyMatch(c -> c.method().equals("sendmessage") && c.chatId() == chat)), Duration.ofSeconds(30));
        api.awaitPolls(pollsBefore + 3, Duration.ofSeconds(20)); // later polls would bring any update not yet confirmed back
        LongStream.rangeClosed(100, 110).forEach(chat -> assertThat(api.sent(chat)).as("chat " + chat).hasSize(1));
    }
}
