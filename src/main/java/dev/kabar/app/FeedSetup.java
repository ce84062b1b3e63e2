package dev.kabar.app;

import dev.kabar.adapter.telegram.BotFeeds;
import dev.kabar.chat.Library;
import dev.kabar.digest.DigestDesk;
import dev.kabar.digest.Digests;
import dev.kabar.digest.Subscriptions;
import dev.kabar.feed.FeedBook;
import dev.kabar.feed.Following;
import dev.kabar.feed.rome.RomeFeedParser;
import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.HttpPageFetcher;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Wires following feeds (the state directory's book, the one safe fetcher, Rome) and digests. */
final class FeedSetup {

    private FeedSetup() {}

    static Following following(KabarConfig c, Map<String, String> env) {
        HttpPageFetcher fetcher = ExtractionSetup.fetcher(new AddressPolicy(c.fetchAllowPrivate()), env);
        return new Following(new FeedBook(c.state()), new WebFeedSource(fetcher), new RomeFeedParser(), Clock.systemUTC());
    }

    /** The bot's admins follow feeds as {@code kabar follow} does; subscribers get digests of what the poller took in. */
    static BotFeeds forBot(KabarConfig c, Map<String, String> env, Library library) {
        DigestDesk digests = new DigestDesk(new Digests(c.state(), library.retriever(), library.store()),
                new Subscriptions(c.state()), c.digests(), Clock.systemUTC());
        return new BotFeeds(Optional.of(following(c, env)), Optional.of(digests));
    }
}
