package dev.kabar.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Following and unfollowing feeds — the admin's use case, shared by the command line, the API and
 * the bot. A URL is a feed, or a site's page whose {@code <link rel="alternate">} names one (the first
 * is followed). A feed whose first fetch fails is stored all the same, with the failure, and polled
 * like any other: the site may be down for a moment. A page that names no feed is refused: there is
 * nothing to poll.
 */
public final class Following {

    private final FeedBook book;
    private final FeedSource source;
    private final FeedParser parser;
    private final Clock clock;

    public Following(FeedBook book, FeedSource source, FeedParser parser, Clock clock) {
        this.book = Objects.requireNonNull(book, "book");
        this.source = Objects.requireNonNull(source, "source");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws FeedException not an http(s) URL, or a page that names no feed */
    public Followed follow(String url) throws FeedException {
        URI given = httpUrl(url);
        FeedSource.Document doc;
        try {
            doc = source.fetch(given, FeedSource.Validators.NONE);
        } catch (FeedException e) {
            return stored(given.toString(), "", 0, e.getMessage());
        }
        if (doc.html()) {
            if (doc.feedLinks().isEmpty()) {
                throw new FeedException("no feed named on " + given + " — give the feed's own address (the page "
                        + "has no <link rel=\"alternate\" type=\"application/rss+xml\">)");
            }
            given = doc.feedLinks().get(0);
            try {
                doc = source.fetch(given, FeedSource.Validators.NONE);
            } catch (FeedException e) {
                return stored(given.toString(), "", 0, e.getMessage());
            }
        }
        try {
            ParsedFeed parsed = Feeds.read(doc, parser);
            return stored(given.toString(), parsed.title(), parsed.items().size(), "");
        } catch (FeedException e) {
            return stored(given.toString(), "", 0, e.getMessage());
        }
    }

    /** Follows every feed of an OPML list; @return what following each did, in list order */
    public List<Followed> importOpml(byte[] opml, String source) throws FeedException {
        List<Followed> done = new ArrayList<>();
        for (Opml.Entry e : Opml.read(opml, source)) {
            try {
                done.add(follow(e.url()));
            } catch (FeedException refused) {
                done.add(new Followed(Feed.followed(e.url(), e.title()), false, 0, refused.getMessage()));
            }
        }
        return done;
    }

    /** @return false when no feed with this URL is followed */
    public boolean unfollow(String url) {
        return book.remove(url.strip());
    }

    public List<Feed> feeds() {
        return book.all();
    }

    /** The followed feeds as OPML, for another reader. */
    public String opml() {
        return Opml.write(book.all());
    }

    private Followed stored(String url, String title, int items, String problem) {
        Feed feed = Feed.followed(url, title);
        if (!problem.isEmpty()) {
            feed = feed.failed(clock.instant(), problem);
        }
        boolean added = book.add(feed);
        return new Followed(added ? feed : book.get(url).orElse(feed), added, items, problem);
    }

    static URI httpUrl(String url) throws FeedException {
        String s = url.strip();
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new FeedException("not a feed address: '" + s + "' — give an http(s) URL");
    }
}
