package dev.kabar.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.adapter.cli.FeedsCommand;
import dev.kabar.adapter.cli.FollowCommand;
import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.adapter.cli.UnfollowCommand;
import dev.kabar.app.Kabar;
import dev.kabar.feed.FeedFixtures;
import dev.kabar.feed.FeedSite;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar follow}, {@code unfollow} and {@code feeds}, on a state directory, against a site on loopback. */
class FeedCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path state;

    private FeedSite site;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite().fixture("/rss2.xml", "rss2.xml", "application/rss+xml")
                .fixture("/atom.xml", "atom.xml", "application/atom+xml")
                .fixture("/", "page-with-feeds.html", "text/html")
                .fixture("/polos", "page-without-feeds.html", "text/html");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Run kabar(String... args) {
        Kabar kabar = new Kabar(Map.of("KABAR_STATE_PATH", state.toString(), "KABAR_FETCH_ALLOW_PRIVATE", "true"),
                Path.of("").toAbsolutePath());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        int code = KabarCli.create(kabar, io, new FollowCommand(kabar, io), new UnfollowCommand(kabar, io),
                new FeedsCommand(kabar, io)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_follow_a_site_page_list_it_as_json_and_unfollow_it() throws Exception {
        Run follow = kabar("follow", site.base() + "/");
        Run json = kabar("feeds", "--json");
        Run unfollow = kabar("unfollow", site.base() + "/rss2.xml");
        Run again = kabar("unfollow", site.base() + "/rss2.xml");

        assertThat(follow.code()).isZero();
        assertThat(follow.out()).startsWith("following Kabar Selatan — Daerah (" + site.base() + "/rss2.xml): 3 items");
        JsonNode feed = JSON.readTree(json.out()).get(0);
        assertThat(feed.properties()).extracting(Map.Entry::getKey)
                .containsExactly("url", "title", "lastPoll", "lastOutcome", "error", "articles");
        assertThat(feed.get("url").asText()).isEqualTo(site.base() + "/rss2.xml");
        assertThat(feed.get("lastPoll").isNull()).isTrue();
        assertThat(feed.get("error").isNull()).isTrue();
        assertThat(unfollow.code()).isZero();
        assertThat(again.code()).isEqualTo(KabarCli.USAGE);
        assertThat(again.err()).isEqualTo("kabar: not following " + site.base()
                + "/rss2.xml — see kabar feeds for the followed addresses\n");
    }

    @Test
    void should_store_a_feed_whose_first_fetch_fails_and_show_its_error_in_one_line() {
        Run follow = kabar("follow", site.base() + "/hilang.xml");
        Run feeds = kabar("feeds");

        assertThat(follow.code()).isZero();
        assertThat(follow.err()).startsWith("kabar: following " + site.base() + "/hilang.xml, but its first fetch "
                + "failed: 404 Not Found from ");
        assertThat(feeds.out().lines()).hasSize(2);
        assertThat(feeds.out().lines().findFirst().orElseThrow()).startsWith(site.base() + "/hilang.xml  -  polled ")
                .contains(": ERROR 404 Not Found from " + site.base() + "/hilang.xml  (0 articles)");
    }

    @Test
    void should_refuse_a_page_without_feeds_and_a_bad_url_with_exit_1() {
        Run page = kabar("follow", site.base() + "/polos");
        Run bad = kabar("follow", "not a url");
        Run neither = kabar("follow");

        assertThat(page.code()).isEqualTo(KabarCli.USAGE);
        assertThat(page.err()).startsWith("kabar: no feed named on ").doesNotContain("\tat ");
        assertThat(bad.code()).isEqualTo(KabarCli.USAGE);
        assertThat(bad.err()).contains("give an http(s) URL");
        assertThat(neither.code()).isEqualTo(KabarCli.USAGE);
        assertThat(kabar("feeds").out()).isEqualTo("0 feeds\n");
    }

    @Test
    void should_import_opml_and_export_it_again() throws Exception {
        Path list = state.resolve("list.opml");
        Files.writeString(list, FeedFixtures.text("feeds.opml", site.base()), StandardCharsets.UTF_8);

        Run imported = kabar("follow", "--opml", list.toString());
        Run exported = kabar("feeds", "--opml");
        Run missing = kabar("follow", "--opml", state.resolve("nope.opml").toString());

        assertThat(imported.code()).isZero();
        assertThat(imported.out().lines()).hasSize(2);
        assertThat(exported.out()).startsWith("<?xml").contains("xmlUrl=\"" + site.base() + "/atom.xml\"");
        assertThat(missing.code()).isEqualTo(KabarCli.USAGE);
        assertThat(missing.err()).startsWith("kabar: cannot read the OPML file ");
    }
}
