package dev.kabar.feed;

import java.net.URI;

/** Reads a feed document (RSS, Atom, RDF). */
@FunctionalInterface
public interface FeedParser {

    /**
     * @param body the document's bytes, as fetched
     * @param url where it was read from: relative links are resolved against it
     * @throws FeedException it is no feed (HTML, malformed XML, a DOCTYPE), said in one line
     */
    ParsedFeed parse(byte[] body, URI url) throws FeedException;
}
