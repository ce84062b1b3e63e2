package dev.kabar.app;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <state.path>/server}: the address of the server running on this state directory, so that
 * {@code kabar add} and {@code kabar remove} go through it instead of writing the index beside it.
 * Written when the server is listening, deleted when it stops; a server killed outright leaves it
 * behind, and the commands find nobody answering there and write the index themselves.
 */
final class ServerFile {

    private static final Logger LOG = LoggerFactory.getLogger(ServerFile.class);

    private final Path file;

    ServerFile(Path stateRoot) {
        this.file = stateRoot.resolve("server");
    }

    void write(URI url) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("server.tmp");
            Files.writeString(tmp, url + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("could not record the server's address in {} ({}): kabar add will not find this server", file,
                    e.getMessage());
        }
    }

    /** Deletes the file if it still names {@code url} (another server may have started since). */
    void delete(URI url) {
        if (read().filter(url::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    Optional<URI> read() {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(URI.create(s));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable: as if no server ran
        }
    }
}
