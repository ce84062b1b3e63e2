package dev.kabar.feed.rome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.feed.FeedException;
import dev.kabar.feed.FeedFixtures;
import dev.kabar.feed.FeedItem;
import dev.kabar.feed.ParsedFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RomeFeedParserTest {

    private static final String BASE = "http://news.example";
    private final RomeFeedParser parser = new RomeFeedParser();

    private ParsedFeed parse(String fixture) throws FeedException {
        return parser.parse(FeedFixtures.bytes(fixture, BASE), URI.create(BASE + "/" + fixture));
    }

    @Test
    void should_read_rss_2_items_with_guid_absolute_link_and_date() throws FeedException {
        ParsedFeed feed = parse("rss2.xml");

        assertThat(feed.title()).isEqualTo("Kabar Selatan — Daerah");
        assertThat(feed.items()).hasSize(3);
        FeedItem first = feed.items().get(0);
        assertThat(first.key()).isEqualTo("kabar-selatan-1001");
        assertThat(first.link()).isEqualTo(BASE + "/berita/festival-layang");
        assertThat(first.published()).contains(Instant.parse("2024-07-06T02:30:00Z"));
        assertThat(feed.items().get(1).link()).as("a relative link, made absolute").isEqualTo(BASE + "/berita/pasar-bantul");
        assertThat(feed.items().get(2).link()).isEmpty();
    }

    @Test
    void should_read_atom_and_rdf_feeds() throws FeedException {
        ParsedFeed atom = parse("atom.xml");
        ParsedFeed rdf = parse("rdf.xml");

        assertThat(atom.title()).isEqualTo("Warta Pesisir");
        assertThat(atom.items()).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("tag:warta-pesisir,2024:lobster");
            assertThat(i.link()).isEqualTo(BASE + "/berita/lobster");
            assertThat(i.published()).contains(Instant.parse("2024-07-06T09:00:00Z"));
        });
        assertThat(rdf.title()).isEqualTo("Suara Lembah");
        assertThat(rdf.items()).singleElement().satisfies(i -> {
            assertThat(i.link()).isEqualTo(BASE + "/berita/panen-kopi");
            assertThat(i.published()).contains(Instant.parse("2024-07-04T01:00:00Z"));
        });
    }

    @Test
    void should_refuse_a_doctype_without_reading_the_external_entity() {
        assertThatThrownBy(() -> parse("xxe.xml")).isInstanceOf(FeedException.class)
                .hasMessageStartingWith("not a feed")
                .hasMessageContainingAll("DOCTYPE", "xxe.xml");
    }

    @Test
    void should_say_where_malformed_xml_breaks_in_one_line() {
        assertThatThrownBy(() -> parse("malformed.xml")).isInstanceOf(FeedException.class)
                .hasMessageStartingWith("not a feed: malformed XML at line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void should_refuse_html_and_empty_bytes_as_no_feed() {
        assertThatThrownBy(() -> parser.parse("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
                URI.create(BASE))).isInstanceOf(FeedException.class).hasMessageContaining("not a feed");
        assertThatThrownBy(() -> parser.parse(new byte[0], URI.create(BASE))).isInstanceOf(FeedException.class);
    }
}
