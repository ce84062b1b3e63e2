package dev.kabar.app;

import dev.kabar.feed.FeedBook;
import dev.kabar.feed.Following;
import dev.kabar.feed.rome.RomeFeedParser;
import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.HttpPageFetcher;
import java.time.Clock;
import java.util.Map;

/** Wires following feeds: the state directory's book, the one safe fetcher, Rome. */
final class FeedSetup {

    private FeedSetup() {}

    static Following following(KabarConfig c, Map<String, String> env) {
        HttpPageFetcher fetcher = ExtractionSetup.fetcher(new AddressPolicy(c.fetchAllowPrivate()), env);
        return new Following(new FeedBook(c.state()), new WebFeedSource(fetcher), new RomeFeedParser(), Clock.systemUTC());
    }
}
