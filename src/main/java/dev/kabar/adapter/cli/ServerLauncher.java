package dev.kabar.adapter.cli;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.util.OptionalInt;

/**
 * Starts the servers of {@code kabar serve} (the web chat and API) over an open library. The
 * composition root implements it, so the command line never imports a web framework.
 */
@FunctionalInterface
public interface ServerLauncher {

    /**
     * @param request the request the library was opened with (its configuration file applies here too)
     * @param port the port asked for on the command line; empty for the configured one
     * @return the running server; closing it stops it and leaves the library open
     */
    RunningServer start(Library library, LibraryRequest request, OptionalInt port);
}
