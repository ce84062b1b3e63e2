package dev.kabar.retrieval.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generations under an index root: numbered directories ({@code 000001}, {@code 000002}), one
 * {@code <n>.building} while a build runs, and a {@code CURRENT} file naming the generation to
 * open. {@code CURRENT} is only ever replaced by an atomic rename of a complete file, after the
 * new generation is committed and renamed into place, so a crash at any point leaves the previous
 * generation in use.
 */
final class Generations {

    static final String CURRENT = "CURRENT";
    static final String BUILDING = ".building";

    private static final Logger log = LoggerFactory.getLogger(Generations.class);

    private final Path root;

    Generations(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path dir(String generation) {
        return root.resolve(generation);
    }

    /** The generation {@code CURRENT} names, or empty when there is none yet. */
    Optional<String> current() throws IOException {
        try {
            String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Creates and returns a fresh {@code <n>.building} directory, n above every existing one. */
    Path claimNext() throws IOException {
        long next = highest() + 1;
        while (true) {
            try {
                return Files.createDirectory(root.resolve(name(next) + BUILDING));
            } catch (FileAlreadyExistsException e) {
                next++; // another build claimed it first
            }
        }
    }

    /** Renames a finished building directory into place and points {@code CURRENT} at it. */
    String publish(Path building) throws IOException {
        String generation = building.getFileName().toString().replace(BUILDING, "");
        Files.move(building, dir(generation), StandardCopyOption.ATOMIC_MOVE);
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation + "\n", StandardCharsets.UTF_8);
        IOUtils.fsync(tmp, false);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(root, true);
        return generation;
    }

    /**
     * Deletes every generation but {@code keep}, and building directories no live writer holds
     * (a crashed build's leftovers). Failures are logged, not thrown: the next build retries.
     */
    void removeAllBut(String keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean generation = isGeneration(name) || isGeneration(name.replace(BUILDING, ""));
                if (generation && !name.equals(keep) && !inUse(entry)) {
                    delete(entry);
                }
            }
        }
    }

    private long highest() throws IOException {
        long max = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString().replace(BUILDING, "");
                if (isGeneration(name)) {
                    max = Math.max(max, Long.parseLong(name));
                }
            }
        }
        return max;
    }

    private static boolean inUse(Path dir) {
        try (Directory d = FSDirectory.open(dir);
                Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            return false;
        } catch (LockObtainFailedException e) {
            return true; // a build in progress, in this process or another
        } catch (IOException e) {
            return false; // not an index we can lock: junk, remove it
        }
    }

    private static void delete(Path dir) {
        try {
            IOUtils.rm(dir);
        } catch (IOException e) {
            log.warn("could not delete old index directory {}: {}", dir, e.getMessage());
        }
    }

    private static boolean isGeneration(String name) {
        return name.length() >= 6 && name.length() <= 18 && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static String name(long generation) {
        return String.format(Locale.ROOT, "%06d", generation);
    }
}
