package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.nio.file.Files;
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
 * again, and a chat that blocked the bot unsubscribed; in groups, who may subscribe; and each chat's
 * {@code /lang} across a restart.
 */
class TelegramDigestTest {

    private static final long READER = 42;
    private static final long GROUP = -1001234;
    private static final long MEMBER = 71;
    private static final long GROUP_ADMIN = 72;
    private static final long GROUP_OWNER = 73;
    private static final long BOT_ADMIN = 74;
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
        return connect(Set.of(), Clock.systemUTC());
    }

    /** @param admins the bot's admins ({@code telegram.admins}) @param botClock the bot's own time (remembered group admins) */
    private TelegramBot connect(Set<Long> admins, Clock botClock) {
        DigestDesk desk = new DigestDesk(new Digests(state, library.retriever(), library.store()), new Subscriptions(state),
                new DigestSettings(Duration.ofHours(24), ZoneId.of("Asia/Jakarta")), clock);
        TelegramBot b = TelegramBot.connect(library, new TelegramSettings("88:digest", api.url(), tmp.resolve("offset"),
                1000, Set.of(), admins, "", Duration.ZERO), botClock,
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

    private List<String> groupReplies(int count) throws InterruptedException {
        return api.awaitSent(GROUP, count).stream().map(FakeBotApi.Call::text).toList();
    }

    @Test
    void should_let_the_groups_own_administrators_subscribe_and_unsubscribe_it_but_not_a_member() throws Exception {
        api.status(GROUP, GROUP_ADMIN, "administrator");
        api.status(GROUP, GROUP_OWNER, "creator");

        api.enqueue(updates.groupText(GROUP, MEMBER, "/subscribe"));
        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/subscribe@kabar_test_bot banjir"));
        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/subscriptions"));
        api.enqueue(updates.groupText(GROUP, MEMBER, "/unsubscribe"));
        api.enqueue(updates.groupText(GROUP, GROUP_OWNER, "/unsubscribe"));

        List<String> replies = groupReplies(5);
        assertThat(replies.get(0)).isEqualTo("Di grup, hanya admin grup atau admin bot yang bisa berlangganan ringkasan "
                + "atau menghentikannya.");
        assertThat(replies.get(1)).startsWith("Berlangganan «banjir»");
        assertThat(replies.get(2)).startsWith("Ringkasan setiap 24h");
        assertThat(replies.get(3)).as("a member cannot end it either").startsWith("Di grup, hanya admin grup");
        assertThat(replies.get(4)).startsWith("Berhenti berlangganan");
        assertThat(new Subscriptions(state).get(GROUP)).isEmpty();
        assertThat(api.calls("getChatMember")).extracting(c -> c.body().path("user_id").asLong())
                .as("asked once per person and group: /subscriptions asks nobody")
                .containsExactly(MEMBER, GROUP_ADMIN, GROUP_OWNER);
    }

    @Test
    void should_remember_a_group_administrator_for_a_minute_and_let_the_bots_admins_subscribe_without_asking()
            throws Exception {
        bot.close();
        MovableClock botClock = new MovableClock(T0);
        bot = connect(Set.of(BOT_ADMIN), botClock);
        api.status(GROUP, GROUP_ADMIN, "administrator");

        api.enqueue(updates.groupText(GROUP, BOT_ADMIN, "/subscribe"));
        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/subscribe pajak"));
        groupReplies(2);
        api.status(GROUP, GROUP_ADMIN, "member"); // demoted: Telegram says so, the bot learns within a minute
        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/subscribe panen"));
        assertThat(groupReplies(3).get(2)).as("remembered").startsWith("Berlangganan «panen»");
        botClock.set(T0.plus(GroupAdmins.REMEMBERED));
        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/unsubscribe"));

        assertThat(groupReplies(4).get(3)).startsWith("Di grup, hanya admin grup");
        assertThat(new Subscriptions(state).get(GROUP)).get().extracting(Subscription::topic).isEqualTo("panen");
        assertThat(api.calls("getChatMember")).extracting(c -> c.body().path("user_id").asLong())
                .containsExactly(GROUP_ADMIN, GROUP_ADMIN);
    }

    @Test
    void should_refuse_a_group_subscription_with_the_reason_when_telegram_cannot_be_asked() throws Exception {
        api.status(GROUP, GROUP_ADMIN, "administrator");
        api.refuseNext("getChatMember", 1, 500);

        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/subscribe"));
        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/subscribe"));

        List<String> replies = groupReplies(2);
        assertThat(replies.get(0)).startsWith("Tidak dapat menanyakan ke Telegram apakah Anda admin grup ini (getChatMember "
                + "failed").endsWith("jadi tidak ada yang berubah; coba lagi sebentar lagi.").doesNotContain("88:digest");
        assertThat(replies.get(1)).as("a failure is not remembered").startsWith("Berlangganan");
        assertThat(api.calls("getChatMember")).hasSize(2);
    }

    @Test
    void should_keep_each_chats_language_across_a_restart_subscribed_or_not() throws Exception {
        api.enqueue(updates.text(READER, "/lang en"));
        api.enqueue(updates.groupText(GROUP, MEMBER, "/lang@kabar_test_bot en"));
        api.awaitSent(READER, 1);
        groupReplies(1);

        bot.close();
        bot = connect();
        api.enqueue(updates.text(READER, "/subscriptions"));
        api.enqueue(updates.groupText(GROUP, GROUP_ADMIN, "/subscriptions")); // another member, Indonesian app

        assertThat(api.awaitSent(READER, 2).get(1).text()).startsWith("No digest subscription here");
        assertThat(groupReplies(2).get(1)).startsWith("No digest subscription here");
    }

    @Test
    void should_refuse_to_start_with_one_line_when_the_chats_languages_file_is_not_one() throws Exception {
        bot.close();
        Files.writeString(tmp.resolve(ChatLanguages.FILE_NAME), "{\"42\": ");

        assertThatThrownBy(this::connect).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ChatLanguages.FILE_NAME).hasMessageContaining("delete it to start afresh")
                .hasMessageNotContaining("\n");
        Files.delete(tmp.resolve(ChatLanguages.FILE_NAME)); // as the message advises
        bot = connect();
        api.enqueue(updates.text(READER, "/subscriptions"));
        assertThat(api.awaitSent(READER, 1).getFirst().text()).startsWith("Belum berlangganan");
    }
}
