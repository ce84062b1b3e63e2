package dev.kabar.bench;

import dev.kabar.chat.Library;
import dev.kabar.feed.FeedPoller;
import java.nio.file.Path;

/**
 * What the feed benchmark needs from the composition root: a library on a state directory of its
 * own, and the poller's parts wired as {@code kabar serve} wires them (the one safe fetcher, here
 * allowed to reach the benchmark's site on loopback; Rome; the article desk).
 */
@FunctionalInterface
public interface FeedRig {

    Rig open(Path state);

    /** A library and the poller's parts on it; closing closes the library. */
    record Rig(Library library, FeedPoller.Parts parts) implements AutoCloseable {
        @Override
        public void close() {
            library.close();
        }
    }
}
