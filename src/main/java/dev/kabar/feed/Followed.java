package dev.kabar.feed;

import java.util.Objects;

/**
 * What following a URL did.
 *
 * @param feed the feed as stored (after discovery, the feed the page named)
 * @param added false when it was followed already
 * @param items the entries its first fetch held; 0 when that fetch failed
 * @param problem why the first fetch failed, in one line; empty when it went well (the feed is stored either way)
 */
public record Followed(Feed feed, boolean added, int items, String problem) {

    public Followed {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(problem, "problem");
    }

    /** One line for a person: what is followed now, and whether its first fetch went well. */
    public String describe() {
        String name = feed.title().isEmpty() ? feed.url() : feed.title() + " (" + feed.url() + ")";
        if (!added) {
            return "already following " + name;
        }
        return problem.isEmpty() ? "following " + name + ": " + items + (items == 1 ? " item" : " items")
                : "following " + feed.url() + ", but its first fetch failed: " + problem
                        + " — kabar keeps trying at every poll";
    }
}
