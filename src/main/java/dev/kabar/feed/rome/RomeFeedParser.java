package dev.kabar.feed.rome;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.kabar.feed.FeedException;
import dev.kabar.feed.FeedItem;
import dev.kabar.feed.FeedParser;
import dev.kabar.feed.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * Reads RSS 0.9x/2.0, Atom 1.0 and RSS 1.0/RDF with Rome. A DOCTYPE is refused outright, so no
 * external entity (nor an entity bomb) is ever expanded; the XML parser finds the encoding from the
 * bytes and the prolog. Links are made absolute against the feed's address; only http(s) links are
 * kept (an entry with none keeps its guid, and is skipped by the poller, which has nothing to fetch).
 */
public final class RomeFeedParser implements FeedParser {

    @Override
    public ParsedFeed parse(byte[] body, URI url) throws FeedException {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true); // a stray leading blank or comment before the prolog is forgiven, as readers do
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (ParsingFeedException e) {
            throw new FeedException("not a feed: malformed XML at line " + e.getLineNumber() + " of " + url + " ("
                    + firstLine(e) + ")", e);
        } catch (Exception e) { // Rome's own FeedException and whatever a hostile document trips: one line
            throw new FeedException("not a feed at " + url + " (" + firstLine(e) + ")", e);
        }
        List<FeedItem> items = new ArrayList<>(feed.getEntries().size());
        for (SyndEntry e : feed.getEntries()) {
            items.add(new FeedItem(text(e.getUri()), link(url, e.getLink()), text(e.getTitle()),
                    date(e.getPublishedDate()).or(() -> date(e.getUpdatedDate()))));
        }
        return new ParsedFeed(text(feed.getTitle()), items);
    }

    private static String link(URI base, String href) {
        if (href == null || href.isBlank()) {
            return "";
        }
        try {
            URI u = base.resolve(href.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? u.toString() : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Optional<Instant> date(Date d) {
        return Optional.ofNullable(d).map(Date::toInstant);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = m.lines().findFirst().orElse(m);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
