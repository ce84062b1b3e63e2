package dev.kabar.adapter.cli;

import dev.kabar.feed.Following;
import java.nio.file.Path;

/** The followed feeds of the configured state directory; the composition root wires fetching and parsing. */
@FunctionalInterface
public interface FeedOpener {

    /** @param config the properties file, null for {@code config/kabar.properties} */
    Following following(Path config);
}
