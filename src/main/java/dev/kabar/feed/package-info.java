/**
 * Following feeds: the subscriptions ({@link dev.kabar.feed.FeedBook}, durable in the state
 * directory), what a feed holds ({@link dev.kabar.feed.ParsedFeed}, read by a
 * {@link dev.kabar.feed.FeedParser}; Rome's in {@code feed/rome}), OPML lists, and following a feed
 * or a site's page that names one ({@link dev.kabar.feed.Following}). Documents come through the
 * {@link dev.kabar.feed.FeedSource} port, which the composition root wires to the one safe fetcher.
 * May import {@code dev.kabar.article}, {@code dev.kabar.text}, Jackson and the JDK's XML parser;
 * nothing else of kabar.
 */
package dev.kabar.feed;
