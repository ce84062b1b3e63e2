package dev.kabar.feed;

/** Reading a fetched document as a feed: an HTML page is said to be one, rather than called malformed XML. */
final class Feeds {

    private Feeds() {}

    static ParsedFeed read(FeedSource.Document doc, FeedParser parser) throws FeedException {
        if (doc.html()) {
            throw new FeedException("an HTML page, not a feed, at " + doc.url());
        }
        return parser.parse(doc.body(), doc.url());
    }
}
