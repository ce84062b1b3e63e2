package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import dev.kabar.chat.AddedArticle;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.digest.DigestDesk;
import dev.kabar.digest.DigestSettings;
import dev.kabar.digest.Digests;
import dev.kabar.digest.Subscription;
import dev.kabar.digest.Subscriptions;
import dev.kabar.feed.FeedSite;
import dev.kabar.feed.SeenItems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests on the fake Bot API, on a clock the test moves: one per subscriber per interval with the
 * articles taken in since, none when nothing is new, none twice across a restart, a failed one sent
 * again, and a chat that blocked the bot unsubscribed.
 */
class TelegramDigestTest {

    private static final long READER = 42;
    private static final Instant T0 = Instant.parse("2026-03-05T01:00:00Z");

    @TempDir
    Path tmp;

    private final Updates updates = new Updates();
    private final MovableClock clock = new MovableClock(T0);
    private FeedSite site;
    private FakeBotApi api;
    private Library library;
    private TelegramBot bot;
    private Path state;

    /** A clock the test sets; the bot's digest thread reads the same time. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @BeforeEach
    void start() throws Exception {
        state = tmp.resolve("state");
        site = new FeedSite();
        Kabar kabar = new Kabar(Map.of("KABAR_STATE_PATH", state.toString(), "KABAR_FETCH_ALLOW_PRIVATE", "true"),
                Path.of("").toAbsolutePath());
        library = kabar.open(new LibraryRequest(null, null, null, false), m -> {});
        api = new FakeBotApi();
        bot = connect();
    }

    private TelegramBot connect() {
        DigestDesk desk = new DigestDesk(new Digests(state, library.retriever(), library.store()), new Subscriptions(state),
                new DigestSettings(Duration.ofHours(24), ZoneId.of("Asia/Jakarta")), clock);
        TelegramBot b = TelegramBot.connect(library, new TelegramSettings("88:digest", api.url(), tmp.resolve("offset"),
                1000, Set.of(), Set.of(), "", Duration.ZERO), Clock.systemUTC(),
                new BotFeeds(Optional.empty(), Optional.of(desk)));
        b.startPolling();
        return b;
    }

    @AfterEach
    void stop() {
        bot.close();
        library.close();
        api.close();
        site.close();
    }

    /** An article taken in from a feed at {@code at}, as the poller records it. */
    private String takeIn(String path, String title, String lead, Instant at) throws Exception {
        site.article(path, title, "Kabar Contoh", "2026-03-05", lead,
                "Paragraf kedua berita ini menjelaskan latar belakang peristiwa tersebut dengan rinci bagi pembaca.");
        AddedArticle a = library.desk().add(site.base() + path);
        new SeenItems(state).took(List.of("link " + site.base() + path), new SeenItems.Taken(a.id(), at, a.id(),
                Optional.empty()));
        return a.id();
    }

    private List<String> digests() {
        return api.sent(READER).stream().map(FakeBotApi.Call::text).filter(t -> t.contains("Baru:")).toList();
    }

    @Test
    void should_send_one_digest_per_interval_with_the_new_articles_and_none_twice_across_a_restart() throws Exception {
        api.enqueue(updates.text(READER, "/subscribe"));
        assertThat(api.awaitSent(READER, 1).getFirst().text()).startsWith("Berlangganan: ringkasan artikel baru setiap 24h");
        takeIn("/berita/jembatan", "Jembatan Gantung Sukamaju Diresmikan", "Jembatan gantung sepanjang 85 meter "
                + "diresmikan di Desa Sukamaju pada Senin oleh bupati setempat.", T0.plus(Duration.ofHours(1)));

        clock.set(T0.plus(Duration.ofHours(23)));
        bot.sendDueDigests();
        assertThat(digests()).as("not due yet").isEmpty();
        clock.set(T0.plus(Duration.ofHours(24)));
        bot.sendDueDigests();
        assertThat(digests()).singleElement().asString()
                .startsWith("<b>Baru: 1 artikel — 6 Mar 2026</b>")
                .contains("Jembatan Gantung Sukamaju Diresmikan", "Kabar Contoh, 5 Mar 2026", "85 meter", "[1]");

        bot.close(); // a restart: the digest Telegram confirmed is not sent again
        bot = connect();
        clock.set(T0.plus(Duration.ofHours(24)).plusSeconds(60));
        bot.sendDueDigests();
        clock.set(T0.plus(Duration.ofHours(48)));
        bot.sendDueDigests();
        assertThat(digests()).as("nothing new, no message").hasSize(1);
    }

    @Test
    void should_send_a_failed_digest_again_and_unsubscribe_a_chat_that_blocked_the_bot() throws Exception {
        api.enqueue(updates.text(READER, "/subscribe"));
        api.awaitSent(READER, 1);
        takeIn("/berita/padi", "Panen Padi Mekarsari Naik", "Hasil panen padi di Desa Mekarsari mencapai 6,2 ton per "
                + "hektare tahun ini.", T0.plus(Duration.ofHours(2)));

        api.refuseNext("sendMessage", 1, 400); // refused outright: no retry within the send
        clock.set(T0.plus(Duration.ofHours(24)));
        bot.sendDueDigests();
        Subscription failed = new Subscriptions(state).get(READER).orElseThrow();
        assertThat(failed.since()).as("not delivered: the same articles next time").isEqualTo(T0);
        assertThat(failed.due()).isEqualTo(T0.plus(Duration.ofHours(24)));
        clock.set(T0.plus(Duration.ofHours(24)).plusSeconds(60));
        bot.sendDueDigests();
        assertThat(digests()).as("the refused attempt, then the digest").hasSize(2)
                .allSatisfy(d -> assertThat(d).contains("Panen Padi Mekarsari Naik"));
        assertThat(new Subscriptions(state).get(READER).orElseThrow().due()).isEqualTo(T0.plus(Duration.ofHours(48)));

        takeIn("/berita/sekolah", "Sekolah Baru Dibuka", "Sebuah sekolah dasar baru dibuka di Desa Sukamaju dan "
                + "menerima 140 murid.", T0.plus(Duration.ofHours(30)));
        api.refuseNext("sendMessage", 1, 403);
        clock.set(T0.plus(Duration.ofHours(48)).plusSeconds(60));
        bot.sendDueDigests();
        assertThat(new Subscriptions(state).get(READER)).isEmpty();
        assertThat(digests()).hasSize(3);
    }

    @Test
    void should_show_and_end_a_subscription_with_a_topic() throws Exception {
        api.enqueue(updates.text(READER, "/subscribe jembatan desa"));
        api.enqueue(updates.text(READER, "/subscriptions"));
        api.enqueue(updates.text(READER, "/unsubscribe"));
        api.enqueue(updates.text(READER, "/unsubscribe"));

        List<FakeBotApi.Call> sent = api.awaitSent(READER, 4);
        assertThat(sent.get(0).text()).startsWith("Berlangganan «jembatan desa»");
        assertThat(sent.get(1).text()).isEqualTo("Ringkasan setiap 24h, berikutnya pada 2026-03-06 08:00 (Asia/Jakarta); "
                + "topik: «jembatan desa».");
        assertThat(sent.get(2).text()).startsWith("Berhenti berlangganan");
        assertThat(sent.get(3).text()).isEqualTo("Obrolan ini tidak berlangganan ringkasan.");
    }
}
