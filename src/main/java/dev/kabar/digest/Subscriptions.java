package dev.kabar.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The digest subscriptions, {@code <state>/digests/subscriptions.json}: every change writes the whole
 * list to a new file renamed into place (a crash leaves the old list or the new one). A digest is
 * recorded as delivered only after Telegram confirmed it, so one confirmed is never sent again and
 * one that failed is sent again; only a crash in the moment between Telegram's confirmation and this
 * write could repeat one.
 */
public final class Subscriptions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CollectionType LIST = JSON.getTypeFactory().constructCollectionType(List.class, Stored.class);

    private final Path file;

    public Subscriptions(Path stateRoot) {
        this.file = stateRoot.resolve("digests").resolve("subscriptions.json");
    }

    record Stored(long chatId, String topic, String language, String since, String due) {}

    /** Subscribes (or re-subscribes, with a new topic) a chat: its first digest one interval from {@code now}. */
    public synchronized Subscription subscribe(long chatId, String topic, String language, Instant now, Duration interval) {
        Subscription s = new Subscription(chatId, topic.strip(), language, now, now.plus(interval));
        List<Subscription> all = read();
        all.removeIf(x -> x.chatId() == chatId);
        all.add(s);
        write(all);
        return s;
    }

    /** @return false when the chat was not subscribed */
    public synchronized boolean unsubscribe(long chatId) {
        List<Subscription> all = read();
        boolean removed = all.removeIf(x -> x.chatId() == chatId);
        if (removed) {
            write(all);
        }
        return removed;
    }

    public synchronized Optional<Subscription> get(long chatId) {
        return read().stream().filter(s -> s.chatId() == chatId).findFirst();
    }

    public synchronized List<Subscription> all() {
        return read();
    }

    /** Records a digest delivered (or nothing new) up to {@code until}; the next is due at {@code nextDue}. */
    public synchronized void delivered(long chatId, Instant until, Instant nextDue) {
        change(chatId, s -> new Subscription(s.chatId(), s.topic(), s.language(), until, nextDue));
    }

    /** A subscribed chat's new language, for its digests. */
    public synchronized void language(long chatId, String language) {
        change(chatId, s -> new Subscription(s.chatId(), s.topic(), language, s.since(), s.due()));
    }

    private void change(long chatId, UnaryOperator<Subscription> f) {
        List<Subscription> all = read();
        all.replaceAll(s -> s.chatId() == chatId ? f.apply(s) : s);
        write(all);
    }

    private List<Subscription> read() {
        try {
            List<Stored> stored = JSON.readValue(Files.readAllBytes(file), LIST);
            List<Subscription> out = new ArrayList<>();
            stored.forEach(s -> out.add(new Subscription(s.chatId(), s.topic(), s.language(), Instant.parse(s.since()),
                    Instant.parse(s.due()))));
            return out;
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the digest subscriptions " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<Subscription> all) {
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(all.stream()
                    .map(s -> new Stored(s.chatId(), s.topic(), s.language(), s.since().toString(), s.due().toString()))
                    .toList());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the digest subscriptions in " + file + ": " + e.getMessage()
                    + " — check free space and permissions of the state directory", e);
        }
    }
}
