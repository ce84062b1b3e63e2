package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.feed.FeedBook;
import dev.kabar.feed.FeedSite;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins' {@code /follow}, {@code /unfollow} and {@code /feeds} on the fake Bot API; anyone else is refused. */
class TelegramFollowTest {

    private static final long ADMIN = 7;

    @TempDir
    Path tmp;

    private final Updates updates = new Updates();
    private FeedSite site;
    private FakeBotApi api;
    private Library library;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite().fixture("/rss2.xml", "rss2.xml", "application/rss+xml");
        Kabar kabar = new Kabar(Map.of("KABAR_STATE_PATH", tmp.resolve("state").toString(), "KABAR_FETCH_ALLOW_PRIVATE",
                "true"), Path.of("").toAbsolutePath());
        library = kabar.open(new LibraryRequest(null, null, null, false), m -> {});
        api = new FakeBotApi();
        bot = TelegramBot.connect(library, new TelegramSettings("88:follow", api.url(), tmp.resolve("offset"), 1000,
                Set.of(), Set.of(ADMIN), "", Duration.ZERO), Clock.systemUTC(), new BotFeeds(Optional.of(kabar.following(null)), Optional.empty()));
        bot.startPolling();
    }

    @AfterEach
    void stop() {
        bot.close();
        library.close();
        api.close();
        site.close();
    }

    @Test
    void should_follow_list_and_unfollow_a_feed_for_an_admin() throws Exception {
        api.enqueue(updates.text(ADMIN, "/follow " + site.base() + "/rss2.xml"));
        api.enqueue(updates.text(ADMIN, "/follow " + site.base() + "/hilang.xml"));
        api.enqueue(updates.text(ADMIN, "/feeds"));
        api.enqueue(updates.text(ADMIN, "/unfollow " + site.base() + "/hilang.xml"));
        api.enqueue(updates.text(ADMIN, "/unfollow " + site.base() + "/hilang.xml"));

        var sent = api.awaitSent(ADMIN, 5);
        assertThat(sent.get(0).text()).isEqualTo("Mengikuti Kabar Selatan — Daerah (" + site.base()
                + "/rss2.xml): 3 butir. Artikel baru ditambahkan setiap kali feed diperiksa.");
        assertThat(sent.get(1).text()).startsWith("Mengikuti " + site.base() + "/hilang.xml, tetapi pengambilan "
                + "pertamanya gagal: 404 Not Found from ");
        assertThat(sent.get(2).text()).startsWith("<b>Feed yang diikuti: 2</b>").contains("Kabar Selatan — Daerah",
                "⚠ 404 Not Found from ");
        assertThat(sent.get(3).text()).startsWith("Tidak lagi mengikuti ");
        assertThat(sent.get(4).text()).startsWith("Tidak mengikuti ");
        assertThat(new FeedBook(tmp.resolve("state")).all()).hasSize(1);
    }

    @Test
    void should_refuse_follow_to_anyone_but_an_admin() throws Exception {
        api.enqueue(updates.text(70, "/follow " + site.base() + "/rss2.xml"));
        api.enqueue(updates.text(70, "/feeds"));

        assertThat(api.awaitSent(70, 2)).allSatisfy(m -> assertThat(m.text()).contains("admin"));
        assertThat(new FeedBook(tmp.resolve("state")).all()).isEmpty();
    }
}
