package dev.kabar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.feed.rome.RomeFeedParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poller with hand-written fakes for the web and the index, and the real book and ledger on disk. */
class FeedPollerTest {

    private static final String FEED = "http://site.example/rss";
    private static final Instant NOW = Instant.parse("2024-07-06T03:00:00Z");

    @TempDir
    Path state;

    private final Map<String, Object> web = new HashMap<>(); // url → String body, or a FeedException
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private final Map<String, Article> kept = new HashMap<>();
    private final List<String> removed = new ArrayList<>();
    private final List<FeedPoller> pollers = new ArrayList<>();

    private final FeedSource source = (url, validators) -> {
        fetched.add(url.toString());
        Object o = web.get(url.toString());
        if (o instanceof FeedException e) {
            throw e;
        }
        if (o == null) {
            throw new FeedException("404 Not Found from " + url);
        }
        String etag = "\"" + o.hashCode() + "\"";
        if (etag.equals(validators.etag())) {
            return new FeedSource.Document(url, new byte[0], false, List.of(), validators, true);
        }
        String body = (String) o;
        return new FeedSource.Document(url, body.getBytes(StandardCharsets.UTF_8), body.startsWith("<html"), List.of(),
                new FeedSource.Validators(etag, ""), false);
    };

    /** Pages: {@code text|date}, or {@code text} for a page printing no date; the article's id is its path. */
    private final ArticleIntake intake = new ArticleIntake() {
        @Override
        public Article read(String url) throws FeedException {
            Object o = web.get(url);
            fetched.add(url);
            if (o instanceof FeedException e) {
                throw e;
            }
            if (o == null) {
                throw new FeedException("404 from " + url);
            }
            String[] page = ((String) o).split("\\|");
            String id = "web-" + URI.create(url).getPath().replaceAll("[^a-z0-9]", "");
            LocalDate printed = page.length > 1 ? LocalDate.parse(page[1]) : null; // "text" alone: a page printing no date
            return new Article(new ArticleMeta(id, "t " + id, "Outlet", "", printed, url, "id"),
                    page[0], List.of());
        }

        @Override
        public void put(Article article) {
            kept.put(article.id(), article);
        }

        @Override
        public void remove(String id) {
            removed.add(id);
            kept.remove(id);
        }
    };

    private FeedPoller poller(int maxNew, Instant now) {
        FeedPoller p = new FeedPoller(new FeedBook(state), new FeedPoller.Parts(source, new RomeFeedParser(), intake),
                new SeenItems(state), new FeedPoller.Settings(Duration.ofMinutes(15), maxNew, Duration.ofDays(365), 2),
                Clock.fixed(now, ZoneOffset.UTC));
        pollers.add(p);
        return p;
    }

    @AfterEach
    void close() {
        pollers.forEach(FeedPoller::close);
    }

    private static String rss(String... links) {
        StringBuilder items = new StringBuilder();
        for (String l : links) {
            items.append("<item><title>").append(l).append("</title>")
                    .append(l.isEmpty() ? "" : "<link>" + l + "</link>").append("</item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site</title>" + items + "</channel></rss>";
    }

    private Feed feed() {
        return new FeedBook(state).get(FEED).orElseThrow();
    }

    @Test
    void should_date_an_article_whose_page_prints_no_date_by_its_item_in_western_indonesian_time() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        web.put(FEED, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site</title>"
                + "<item><title>d</title><link>http://site.example/d</link><pubDate>Mon, 01 Jul 2024 20:30:00 GMT</pubDate></item>"
                + "<item><title>e</title><link>http://site.example/e</link><pubDate>Mon, 01 Jul 2024 20:30:00 GMT</pubDate></item>"
                + "</channel></rss>");
        web.put("http://site.example/d", "Teks d.");
        web.put("http://site.example/e", "Teks e.|2024-06-30");

        poller(50, NOW).pollDue();

        assertThat(kept.get("web-d").meta().published()).as("20:30 UTC is the next morning in Jakarta")
                .isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(kept.get("web-e").meta().published()).as("the page's own date wins").isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void should_take_new_items_once_across_polls_and_restarts() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        web.put(FEED, rss("http://site.example/a", "http://site.example/b", ""));
        web.put("http://site.example/a", "Teks a.|2024-07-05");
        web.put("http://site.example/b", "Teks b.|2024-07-05");

        poller(50, NOW).pollDue();
        web.put(FEED, rss("http://site.example/c", "http://site.example/a", "http://site.example/b", ""));
        web.put("http://site.example/c", "Teks c.|2024-07-06");
        poller(50, NOW.plus(Duration.ofHours(1))).pollDue(); // a new poller: as after a restart

        assertThat(kept).containsOnlyKeys("web-a", "web-b", "web-c");
        assertThat(fetched.stream().filter(u -> u.equals("http://site.example/a"))).hasSize(1);
        assertThat(feed().lastOutcome()).isEqualTo("ok: 4 items, 1 new, 1 without a link");
        assertThat(feed().articles()).isEqualTo(3);
        assertThat(feed().title()).isEqualTo("Site");
    }

    @Test
    void should_take_at_most_max_new_per_poll_and_the_rest_at_the_next_poll_without_a_conditional_get() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        String[] links = new String[10_000];
        for (int i = 0; i < links.length; i++) {
            links[i] = "http://site.example/n" + i;
            web.put(links[i], "Teks nomor " + i + ".|2024-07-05");
        }
        web.put(FEED, rss(links));

        poller(50, NOW).pollDue();
        String first = feed().lastOutcome();
        poller(50, NOW.plus(Duration.ofHours(1))).pollDue();

        assertThat(first).isEqualTo("ok: 10000 items, 50 new, 9950 left for the next poll");
        assertThat(feed().validators()).as("a partial poll keeps no validators").isEqualTo(FeedSource.Validators.NONE);
        assertThat(kept).hasSize(100);
    }

    @Test
    void should_store_the_same_text_once_and_give_up_on_pages_without_articles() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        web.put(FEED, rss("http://site.example/a", "http://other.example/a-copy", "http://site.example/gone",
                "http://site.example/slow"));
        web.put("http://site.example/a", "Teks   kantor berita.|2024-07-05");
        web.put("http://other.example/a-copy", "teks kantor berita.|2024-07-05");
        web.put("http://site.example/slow", new FeedException("timed out", null, true));

        poller(50, NOW).pollDue();
        poller(50, NOW.plus(Duration.ofHours(1))).pollDue();

        assertThat(kept).containsOnlyKeys("web-a");
        assertThat(feed().lastOutcome()).isEqualTo("ok: 4 items, 0 new, 1 not read (tried again next poll)");
        assertThat(fetched.stream().filter(u -> u.equals("http://site.example/gone"))).hasSize(1);
        assertThat(fetched.stream().filter(u -> u.equals("http://site.example/slow"))).hasSize(2);
    }

    @Test
    void should_answer_an_unchanged_feed_by_conditional_get_and_keep_a_broken_feed_error_in_one_line() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        new FeedBook(state).add(Feed.followed("http://broken.example/rss", ""));
        web.put(FEED, rss("http://site.example/a"));
        web.put("http://site.example/a", "Teks a.|2024-07-05");
        web.put("http://broken.example/rss", "<?xml version=\"1.0\"?><rss><channel><item></channel></rss>");

        poller(50, NOW).pollDue();
        poller(50, NOW.plus(Duration.ofHours(1))).pollDue();

        assertThat(feed().lastOutcome()).isEqualTo("ok: unchanged; 1 item, 1 new");
        Feed broken = new FeedBook(state).get("http://broken.example/rss").orElseThrow();
        assertThat(broken.error()).startsWith("not a feed: malformed XML at line 1 of http://broken.example/rss")
                .doesNotContain("\n");
        assertThat(broken.failures()).isEqualTo(2);
    }

    @Test
    void should_read_the_same_item_in_two_feeds_once() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        new FeedBook(state).add(Feed.followed("http://other.example/rss", ""));
        web.put(FEED, rss("http://site.example/a"));
        web.put("http://other.example/rss", rss("http://site.example/a"));
        web.put("http://site.example/a", "Teks a.|2024-07-05");

        poller(50, NOW).pollDue();

        assertThat(fetched.stream().filter(u -> u.equals("http://site.example/a"))).hasSize(1);
        assertThat(new FeedBook(state).all()).extracting(Feed::articles).containsExactlyInAnyOrder(1, 0);
    }

    @Test
    void should_back_off_after_failures_and_poll_a_new_feed_at_once() {
        FeedPoller p = poller(50, NOW);
        Feed fresh = Feed.followed(FEED, "");
        Feed once = fresh.failed(NOW, "x");
        Feed thrice = once.failed(NOW, "x").failed(NOW, "x");

        assertThat(p.due(fresh)).isEqualTo(Instant.MIN);
        assertThat(Duration.between(NOW, p.due(once))).isBetween(Duration.ofMinutes(30), Duration.ofMinutes(33));
        assertThat(Duration.between(NOW, p.due(thrice))).isBetween(Duration.ofMinutes(120), Duration.ofMinutes(122));
    }

    @Test
    void should_honour_robots_txt_for_item_pages() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        web.put(FEED, rss("http://site.example/private/a", "http://site.example/private/open", "http://site.example/b"));
        web.put("http://site.example/robots.txt", "User-agent: *\nDisallow: /private/\nAllow: /private/open\n");
        web.put("http://site.example/private/a", "Teks rahasia.|2024-07-05");
        web.put("http://site.example/private/open", "Teks terbuka.|2024-07-05");
        web.put("http://site.example/b", "Teks b.|2024-07-05");

        poller(50, NOW).pollDue();

        assertThat(kept).containsOnlyKeys("web-privateopen", "web-b");
        assertThat(fetched).doesNotContain("http://site.example/private/a");
        assertThat(feed().lastOutcome()).isEqualTo("ok: 3 items, 2 new, 1 refused by robots.txt");
    }

    @Test
    void should_drop_feed_articles_older_than_the_retention_and_not_take_old_items_in() throws Exception {
        new FeedBook(state).add(Feed.followed(FEED, ""));
        web.put(FEED, rss("http://site.example/old", "http://site.example/new"));
        web.put("http://site.example/old", "Teks lama.|2023-01-01");
        web.put("http://site.example/new", "Teks baru.|2024-07-05");
        poller(50, NOW).pollDue();
        assertThat(kept).containsOnlyKeys("web-new");

        poller(50, NOW.plus(Duration.ofDays(366))).pollDue();

        assertThat(removed).containsExactly("web-new");
        assertThat(new SeenItems(state).articles()).isEmpty();
        assertThat(new SeenItems(state).seen("link http://site.example/new")).isTrue();
    }
}
