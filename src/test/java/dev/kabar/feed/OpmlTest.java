package dev.kabar.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

    @Test
    void should_read_every_outline_with_a_feed_address_at_any_depth() throws FeedException {
        List<Opml.Entry> entries = Opml.read(FeedFixtures.bytes("feeds.opml", "http://x.example"), "feeds.opml");

        assertThat(entries).containsExactly(new Opml.Entry("http://x.example/rss2.xml", "Kabar Selatan"),
                new Opml.Entry("http://x.example/atom.xml", "Warta Pesisir"));
    }

    @Test
    void should_read_back_what_it_writes_with_awkward_titles() throws FeedException {
        List<Feed> feeds = List.of(Feed.followed("http://a.example/rss?x=1&y=2", "Tom & \"Jerry\" <news>"),
                Feed.followed("http://b.example/atom", ""));

        String opml = Opml.write(feeds);

        assertThat(Opml.read(opml.getBytes(StandardCharsets.UTF_8), "export")).containsExactly(
                new Opml.Entry("http://a.example/rss?x=1&y=2", "Tom & \"Jerry\" <news>"),
                new Opml.Entry("http://b.example/atom", "http://b.example/atom"));
    }

    @Test
    void should_refuse_a_doctype_and_a_document_that_is_no_opml() {
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml><body><outline xmlUrl=\"&x;\"/></body></opml>";
        assertThatThrownBy(() -> Opml.read(doctype.getBytes(StandardCharsets.UTF_8), "evil.opml"))
                .isInstanceOf(FeedException.class).hasMessageStartingWith("not OPML: malformed XML");
        assertThatThrownBy(() -> Opml.read("<rss/>".getBytes(StandardCharsets.UTF_8), "x.xml"))
                .hasMessage("not OPML: x.xml starts with <rss>, not <opml>");
        assertThatThrownBy(() -> Opml.read("no xml".getBytes(StandardCharsets.UTF_8), "x.txt"))
                .isInstanceOf(FeedException.class);
    }
}
