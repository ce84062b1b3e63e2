package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.feed.Feed;
import dev.kabar.feed.FeedBook;
import dev.kabar.feed.FeedException;
import dev.kabar.feed.FeedFixtures;
import dev.kabar.feed.FeedSite;
import dev.kabar.feed.Followed;
import dev.kabar.feed.Following;
import dev.kabar.feed.rome.RomeFeedParser;
import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.FetchProxy;
import dev.kabar.ingestion.extract.HttpPageFetcher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following feeds through the one safe fetcher, against a news site on loopback. */
class FollowingSiteTest {

    @TempDir
    Path state;

    private FeedSite site;
    private FeedBook book;
    private Following following;

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite();
        site.fixture("/rss2.xml", "rss2.xml", "application/rss+xml")
                .fixture("/atom.xml", "atom.xml", "application/atom+xml")
                .fixture("/rdf.xml", "rdf.xml", "application/rdf+xml")
                .fixture("/rusak.xml", "malformed.xml", "application/xml")
                .fixture("/", "page-with-feeds.html", "text/html; charset=utf-8")
                .fixture("/polos", "page-without-feeds.html", "text/html");
        book = new FeedBook(state);
        following = following(new AddressPolicy(true));
    }

    private Following following(AddressPolicy policy) {
        HttpPageFetcher fetcher = new HttpPageFetcher(policy, Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20,
                FetchProxy.NONE);
        return new Following(book, new WebFeedSource(fetcher), new RomeFeedParser(),
                Clock.fixed(Instant.parse("2024-07-06T03:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void should_follow_rss_atom_and_rdf_feeds_with_their_titles() throws FeedException {
        Followed rss = following.follow(site.base() + "/rss2.xml");
        following.follow(site.base() + "/atom.xml");
        following.follow(site.base() + "/rdf.xml");

        assertThat(rss.describe()).isEqualTo("following Kabar Selatan — Daerah (" + site.base() + "/rss2.xml): 3 items");
        assertThat(book.all()).extracting(Feed::title).containsExactly("Kabar Selatan — Daerah", "Warta Pesisir",
                "Suara Lembah");
        assertThat(following.follow(site.base() + "/atom.xml").describe()).startsWith("already following Warta Pesisir");
    }

    @Test
    void should_follow_the_first_feed_a_site_page_names() throws FeedException {
        Followed f = following.follow(site.base() + "/");

        assertThat(f.feed().url()).isEqualTo(site.base() + "/rss2.xml");
        assertThat(f.problem()).isEmpty();
    }

    @Test
    void should_refuse_a_page_that_names_no_feed_and_a_url_that_is_not_http() {
        assertThatThrownBy(() -> following.follow(site.base() + "/polos")).isInstanceOf(FeedException.class)
                .hasMessageStartingWith("no feed named on " + site.base() + "/polos");
        assertThatThrownBy(() -> following.follow("ftp://x.example/rss")).hasMessageContaining("give an http(s) URL");
        assertThat(book.all()).isEmpty();
    }

    @Test
    void should_store_a_feed_whose_first_fetch_fails_and_say_why() throws FeedException {
        Followed missing = following.follow(site.base() + "/hilang.xml");
        Followed broken = following.follow(site.base() + "/rusak.xml");
        Followed refused = following(AddressPolicy.PUBLIC_ONLY).follow(site.base() + "/atom.xml");

        assertThat(missing.describe()).isEqualTo("following " + site.base() + "/hilang.xml, but its first fetch failed: "
                + "404 Not Found from " + site.base() + "/hilang.xml — kabar keeps trying at every poll");
        assertThat(broken.problem()).startsWith("not a feed: malformed XML at line ");
        assertThat(refused.problem()).contains("private or local address", "KABAR_FETCH_ALLOW_PRIVATE");
        assertThat(book.all()).hasSize(3).allSatisfy(f -> assertThat(f.error()).isNotEmpty());
    }

    @Test
    void should_import_an_opml_list_and_export_what_is_followed() throws FeedException {
        List<Followed> done = following.importOpml(FeedFixtures.bytes("feeds.opml", site.base()), "feeds.opml");

        assertThat(done).extracting(Followed::added).containsExactly(true, true);
        assertThat(following.opml()).contains("xmlUrl=\"" + site.base() + "/rss2.xml\"", "title=\"Warta Pesisir\"");
        assertThat(following.unfollow(site.base() + "/atom.xml")).isTrue();
        assertThat(following.unfollow(site.base() + "/atom.xml")).isFalse();
    }
}
