package dev.kabar.adapter.cli;

import dev.kabar.chat.LibraryRequest;
import java.net.URI;
import java.util.Optional;

/** Finds the server running on the same state directory, which {@code kabar add} and {@code remove} go through. */
public interface LiveServers {

    /** The address a server recorded in the state directory; it may have died since. */
    Optional<URI> runningServer(LibraryRequest request);

    /** {@code KABAR_ADMIN_TOKEN} from the environment; empty when unset. */
    String adminToken();
}
