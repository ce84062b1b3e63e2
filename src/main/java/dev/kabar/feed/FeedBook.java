package dev.kabar.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The followed feeds, kept in {@code <state>/feeds/feeds.json}. The command line and a running server
 * both write it (one follows, the other records polls), so every change reads the file afresh, under a
 * lock on {@code feeds.lock} (and a monitor, for two books on one directory in one process), and writes
 * the whole list to a new file renamed into place: a crash leaves the old list or the new one, and
 * neither writer undoes the other's change.
 */
public final class FeedBook {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CollectionType LIST = JSON.getTypeFactory().constructCollectionType(List.class, Stored.class);
    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path file;

    /** @param stateRoot the state directory ({@code state.path}); {@code feeds/} is created on the first write */
    public FeedBook(Path stateRoot) {
        this.dir = stateRoot.resolve("feeds");
        this.file = dir.resolve("feeds.json");
    }

    /** The stored form of a {@link Feed}: times as ISO-8601 text. */
    record Stored(String url, String title, String lastPoll, String lastOutcome, String error, int articles,
            String etag, String lastModified, int failures, String lastSuccess) {

        static Stored of(Feed f) {
            return new Stored(f.url(), f.title(), f.lastPoll().map(Instant::toString).orElse(""), f.lastOutcome(),
                    f.error(), f.articles(), f.validators().etag(), f.validators().lastModified(), f.failures(),
                    f.lastSuccess().map(Instant::toString).orElse(""));
        }

        Feed feed() {
            return new Feed(url, orEmpty(title), instant(lastPoll), orEmpty(lastOutcome), orEmpty(error), articles,
                    new FeedSource.Validators(orEmpty(etag), orEmpty(lastModified)), failures, instant(lastSuccess));
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }

        private static Optional<Instant> instant(String s) {
            return s == null || s.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(s));
        }
    }

    /** Every followed feed, in the order followed. */
    public List<Feed> all() {
        return locked(feeds -> feeds, false);
    }

    public Optional<Feed> get(String url) {
        return all().stream().filter(f -> f.url().equals(url)).findFirst();
    }

    /** Follows {@code feed}; @return false when its URL was followed already (and is left as it was) */
    public boolean add(Feed feed) {
        return locked(feeds -> {
            if (feeds.stream().anyMatch(f -> f.url().equals(feed.url()))) {
                return false;
            }
            feeds.add(feed);
            return true;
        }, true);
    }

    /** @return false when no feed has this URL */
    public boolean remove(String url) {
        return locked(feeds -> feeds.removeIf(f -> f.url().equals(url)), true);
    }

    /** Changes the feed with this URL, if it is still followed. */
    public void update(String url, UnaryOperator<Feed> change) {
        locked(feeds -> {
            feeds.replaceAll(f -> f.url().equals(url) ? change.apply(f) : f);
            return null;
        }, true);
    }

    private <T> T locked(Function<List<Feed>, T> work, boolean write) {
        synchronized (MONITORS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object())) {
            try {
                if (!write) {
                    return work.apply(read());
                }
                Files.createDirectories(dir);
                try (FileChannel lock = FileChannel.open(dir.resolve("feeds.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    FileLock held = lock.lock(); // released when the channel closes
                    List<Feed> feeds = read();
                    T result = work.apply(feeds);
                    write(feeds);
                    held.release();
                    return result;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the followed feeds in " + file + ": " + e.getMessage()
                        + " — check free space and permissions of the state directory", e);
            }
        }
    }

    private List<Feed> read() throws IOException {
        try {
            List<Stored> stored = JSON.readValue(Files.readAllBytes(file), LIST);
            List<Feed> feeds = new ArrayList<>(stored.size());
            stored.forEach(s -> feeds.add(s.feed()));
            return feeds;
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        }
    }

    private void write(List<Feed> feeds) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(feeds.stream().map(Stored::of).toList());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
