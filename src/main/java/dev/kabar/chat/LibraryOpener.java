package dev.kabar.chat;

import java.util.function.Consumer;

/** Opens a library, indexing its corpus first when the index is missing or stale. */
@FunctionalInterface
public interface LibraryOpener {

    /**
     * @param progress receives one-line progress messages for the person waiting
     */
    Library open(LibraryRequest request, Consumer<String> progress);
}
