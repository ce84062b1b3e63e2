package dev.kabar.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The items ever taken in (or given up on), so that none is fetched twice, across restarts:
 * {@code <state>/feeds/seen.tsv}, one line per item, appended and synced before the poller moves
 * on. A line is {@code key TAB articleId TAB takenAt TAB textHash TAB published}: the keys an item is known by
 * (its feed's guid, its link) each get a line; {@code articleId} is {@code -} for an item given up on
 * (no article on its page, refused by robots.txt). A line {@code -drop TAB articleId} records an
 * article dropped by retention. A kill mid-line leaves a torn last line, ignored on reading.
 */
public final class SeenItems {

    private static final String NONE = "-";
    private static final String DROP = "-drop";

    /**
     * An article taken in from a feed: its id, when, its text's hash (the same text is stored once) and
     * its publication date when the page gave one (retention goes by it, else by {@code at}).
     */
    public record Taken(String articleId, Instant at, String textHash, Optional<LocalDate> published) {

        /** The day the article counts as from, for retention. */
        public LocalDate day() {
            return published.orElse(LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
    }

    private final Path file;
    private final Set<String> keys = new HashSet<>();
    private final Map<String, Taken> articles = new LinkedHashMap<>();
    private final Map<String, String> byText = new HashMap<>();

    /** Reads the ledger of {@code stateRoot}; a missing one is empty. */
    public SeenItems(Path stateRoot) {
        this.file = stateRoot.resolve("feeds").resolve("seen.tsv");
        try {
            byte[] bytes = Files.readAllBytes(file);
            new String(bytes, StandardCharsets.UTF_8).lines().forEach(line -> load(line.split("\t", -1)));
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                append(List.of()); // end the torn line, so the next one starts on its own
            }
        } catch (NoSuchFileException e) {
            // nothing seen yet
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feed ledger " + file + ": " + e.getMessage(), e);
        }
    }

    private void load(String[] f) {
        if (f.length == 2 && f[0].equals(DROP)) {
            Taken t = articles.remove(f[1]);
            if (t != null) {
                byText.remove(t.textHash());
            }
            return;
        }
        if (f.length != 5) {
            return; // a torn last line
        }
        keys.add(f[0]);
        if (!f[1].equals(NONE)) {
            try {
                Taken t = new Taken(f[1], Instant.parse(f[2]), f[3],
                        f[4].equals(NONE) ? Optional.empty() : Optional.of(LocalDate.parse(f[4])));
                articles.putIfAbsent(f[1], t);
                byText.putIfAbsent(f[3], f[1]);
            } catch (DateTimeParseException e) {
                // a torn line
            }
        }
    }

    public synchronized boolean seen(String key) {
        return keys.contains(key);
    }

    /** The article already taken in with this text, if any. */
    public synchronized Optional<String> sameText(String textHash) {
        return Optional.ofNullable(byText.get(textHash));
    }

    /** Records an item taken in as {@code taken} under each of its keys. */
    public synchronized void took(List<String> itemKeys, Taken taken) {
        List<String> lines = new ArrayList<>();
        for (String k : itemKeys) {
            lines.add(clean(k) + "\t" + taken.articleId() + "\t" + taken.at() + "\t" + taken.textHash() + "\t"
                    + taken.published().map(LocalDate::toString).orElse(NONE));
        }
        append(lines);
        itemKeys.forEach(k -> keys.add(clean(k)));
        articles.putIfAbsent(taken.articleId(), taken);
        byText.putIfAbsent(taken.textHash(), taken.articleId());
    }

    /** Records items given up on: never fetched again. */
    public synchronized void gaveUp(List<String> itemKeys, Instant at) {
        List<String> lines = new ArrayList<>();
        itemKeys.forEach(k -> lines.add(clean(k) + "\t" + NONE + "\t" + at + "\t" + NONE + "\t" + NONE));
        append(lines);
        itemKeys.forEach(k -> keys.add(clean(k)));
    }

    /** The articles taken in, oldest first, that are still kept. */
    public synchronized List<Taken> articles() {
        return List.copyOf(articles.values());
    }

    /** Records that retention dropped this article; its items stay seen. */
    public synchronized void dropped(String articleId) {
        append(List.of(DROP + "\t" + articleId));
        Taken t = articles.remove(articleId);
        if (t != null) {
            byText.remove(t.textHash());
        }
    }

    public synchronized int size() {
        return keys.size();
    }

    private static String clean(String key) {
        return key.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private void append(List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record seen feed items in " + file + ": " + e.getMessage()
                    + " — check free space and permissions of the state directory", e);
        }
    }
}
