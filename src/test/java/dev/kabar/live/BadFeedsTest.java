package dev.kabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.adapter.cli.FeedsCommand;
import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.app.Kabar;
import dev.kabar.feed.FeedSite;
import dev.kabar.feed.Following;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds that go wrong while kabar serves — unreachable, HTML instead of XML, malformed XML, a redirect
 * loop, a feed that disappears — each shown in {@code kabar feeds} in one line, while the poller and
 * the server keep going and the good feeds keep being read.
 */
class BadFeedsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path state;

    @Test
    void should_report_each_broken_feed_in_one_line_and_keep_serving() throws Exception {
        String closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + s.getLocalPort() + "/feed.xml"; // nobody listens there once closed
        }
        try (FeedSite site = new FeedSite()) {
            site.fixture("/ok.xml", "rss2.xml", "application/rss+xml")
                    .fixture("/atom.xml", "atom.xml", "application/atom+xml")
                    .fixture("/rdf.xml", "rdf.xml", "application/rdf+xml")
                    .fixture("/rusak.xml", "malformed.xml", "application/xml")
                    .fixture("/jadi-html.xml", "rss2.xml", "application/rss+xml")
                    .fixture("/hilang.xml", "rss2.xml", "application/rss+xml")
                    .status("/loop.xml", 302, "/loop.xml");
            Kabar kabar = new Kabar(Map.of("KABAR_STATE_PATH", state.toString(), "KABAR_FETCH_ALLOW_PRIVATE", "true"),
                    Path.of("").toAbsolutePath());
            Following following = kabar.following(null);
            for (String path : List.of("/ok.xml", "/atom.xml", "/rdf.xml", "/rusak.xml", "/jadi-html.xml", "/hilang.xml",
                    "/loop.xml")) {
                following.follow(site.base() + path);
            }
            following.follow(closed);
            site.fixture("/jadi-html.xml", "page-without-feeds.html", "text/html").gone("/hilang.xml");

            // a feed asked for again means its poll before finished; the loop takes six requests a poll
            Map<String, Long> polled = Map.of("/ok.xml", site.requestsOf("/ok.xml") + 2,
                    "/rusak.xml", site.requestsOf("/rusak.xml") + 2, "/jadi-html.xml", site.requestsOf("/jadi-html.xml") + 2,
                    "/hilang.xml", site.requestsOf("/hilang.xml") + 2, "/loop.xml", site.requestsOf("/loop.xml") + 7);
            try (LiveServer server = new LiveServer(state, Map.of("KABAR_FEEDS_POLL_INTERVAL", "1s"))) {
                for (Map.Entry<String, Long> p : polled.entrySet()) {
                    assertThat(site.awaitRequests(p.getKey(), p.getValue(), WAIT)).as(p.getKey() + " " + site.requests())
                            .isTrue();
                }
                assertThat(server.library.store().article("web-0")).isEmpty(); // the server still answers
            }

            List<String> lines = feeds(kabar).lines().toList();
            assertThat(lines).hasSize(9).last().isEqualTo("8 feeds");
            assertThat(line(lines, "/ok.xml")).contains("ok: unchanged; 3 items, 0 new")
                .doesNotContain("ERROR");
            assertThat(line(lines, "/atom.xml")).contains("1 item, 0 new");
            assertThat(line(lines, "/rusak.xml")).contains("ERROR not a feed: malformed XML at line ");
            assertThat(line(lines, "/jadi-html.xml")).contains("ERROR an HTML page, not a feed, at " + site.base());
            assertThat(line(lines, "/hilang.xml")).contains("ERROR 404 Not Found from " + site.base() + "/hilang.xml");
            assertThat(line(lines, "/loop.xml")).contains("ERROR more than 5 redirects from ");
            assertThat(line(lines, closed)).contains("ERROR connection refused by 127.0.0.1");
        }
    }

    private static String line(List<String> lines, String url) {
        return lines.stream().filter(l -> l.startsWith(url) || l.contains(url + "  ")).findFirst().orElseThrow();
    }

    private static String feeds(Kabar kabar) {
        StringWriter out = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(new StringWriter()),
                () -> new BufferedReader(new StringReader("")), false);
        assertThat(KabarCli.create(kabar, io, new FeedsCommand(kabar, io)).execute("feeds")).isZero();
        return out.toString();
    }
}
