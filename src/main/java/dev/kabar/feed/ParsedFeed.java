package dev.kabar.feed;

import java.util.List;
import java.util.Objects;

/**
 * What a feed holds, as read.
 *
 * @param title the feed's own title, empty when none
 * @param items its entries in feed order (newest first in most feeds)
 */
public record ParsedFeed(String title, List<FeedItem> items) {

    public ParsedFeed {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
