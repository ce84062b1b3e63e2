package dev.kabar.adapter.cli;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;

/** Starts a chat bot over a library; provided by the composition root so the CLI imports no bot framework. */
public interface BotLauncher {

    /**
     * Fails fast, before the library is opened, when the bot cannot start (no token).
     *
     * @throws RuntimeException whose one-line message says what to set
     */
    void checkConfigured(LibraryRequest request);

    /** Whether the bot can start (its token is set); {@code serve} starts it only then. */
    default boolean configured(LibraryRequest request) {
        try {
            checkConfigured(request);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Starts the bot; closing the result stops it. */
    AutoCloseable start(Library library, LibraryRequest request);
}
