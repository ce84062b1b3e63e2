package dev.kabar.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed.
 *
 * @param guid the entry's own id ({@code <guid>}, Atom's {@code <id>}), empty when none
 * @param link the article's address, absolute; empty when the entry names none
 * @param title the headline, empty when none
 * @param published when the feed says it was published or updated, if it says
 */
public record FeedItem(String guid, String link, String title, Optional<Instant> published) {

    public FeedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
    }

    /** What makes an entry the same one next time: its guid, else its link; empty when it has neither. */
    public String key() {
        return guid.isBlank() ? link : guid;
    }
}
