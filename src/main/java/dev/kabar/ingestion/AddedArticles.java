package dev.kabar.ingestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles added while kabar runs ({@code kabar add}, {@code POST /api/articles}, Telegram's
 * {@code /add}) and the ids removed, kept under the state directory so they survive restarts and
 * every rebuild of the index, which reads them too: {@code added/<id>.json}, one file per article
 * (its metadata and cleaned text; passages are cut again at each build, with the settings of the
 * day), and {@code removed.txt}, one removed id per line (a removed bundled article stays removed).
 *
 * <p>Every write is a complete file renamed into place, so a crash leaves either the old or the new
 * state, never half of one. Callers serialise writes (one writer per state directory).
 */
public final class AddedArticles {

    private static final Logger LOG = LoggerFactory.getLogger(AddedArticles.class);
    /** Ids kabar gives added articles; nothing else is ever used as a file name. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path added;
    private final Path removed;

    /** @param stateRoot the state directory ({@code state.path}); created on the first write */
    public AddedArticles(Path stateRoot) {
        this.added = stateRoot.resolve("added");
        this.removed = stateRoot.resolve("removed.txt");
    }

    /** The stored form of one article. */
    record Stored(String id, String title, String outlet, String byline, String published, String url,
            String language, String text) {}

    /** Whether an article with this id was added (and not removed since). */
    public boolean contains(String id) {
        return SAFE_ID.matcher(id).matches() && Files.exists(file(id));
    }

    /** Keeps {@code article} (replacing one with its id) and takes its id off the removed list. */
    public void put(Article article) {
        ArticleMeta m = article.meta();
        requireSafe(m.id());
        Stored s = new Stored(m.id(), m.title(), m.outlet(), m.byline(), m.publishedIso(), m.url(), m.language(),
                article.text());
        try {
            Files.createDirectories(added);
            writeAtomically(file(m.id()), JSON.writeValueAsBytes(s));
            Set<String> gone = removedIds();
            if (gone.remove(m.id())) {
                writeRemoved(gone);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep article " + m.id() + " under " + added + ": " + e.getMessage()
                    + " — check free space and permissions of the state directory", e);
        }
    }

    /** Forgets an added article, if any, and records {@code id} as removed, so a rebuild leaves it out. */
    public void remove(String id) {
        try {
            Set<String> gone = removedIds();
            if (gone.add(id)) {
                writeRemoved(gone);
            }
            if (SAFE_ID.matcher(id).matches()) {
                Files.deleteIfExists(file(id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the removal of " + id + ": " + e.getMessage(), e);
        }
    }

    /** Undoes {@link #put} after the index refused the article: the previous copy, or none. */
    public void restore(String id, Optional<Article> previous) {
        if (previous.isPresent()) {
            put(previous.get());
        } else if (SAFE_ID.matcher(id).matches()) {
            try {
                Files.deleteIfExists(file(id));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot undo adding " + id + ": " + e.getMessage(), e);
            }
        }
    }

    /** The ids removed with {@link #remove}, in the order removed. */
    public Set<String> removedIds() {
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (String line : Files.readAllLines(removed, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    ids.add(line.strip());
                }
            }
            return ids;
        } catch (NoSuchFileException e) {
            return new LinkedHashSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + removed + ": " + e.getMessage(), e);
        }
    }

    /** The added article {@code id}, its passages cut by {@code splitter}. */
    public Optional<Article> get(String id, PassageSplitter splitter) {
        if (!contains(id)) {
            return Optional.empty();
        }
        return read(file(id)).map(s -> article(s, splitter));
    }

    /** Every added article, by id, its passages cut by {@code splitter}; an unreadable file is logged and skipped. */
    public List<Article> all(PassageSplitter splitter) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(added, "*.json")) {
            entries.forEach(files::add);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + added + ": " + e.getMessage(), e);
        }
        files.sort(null);
        List<Article> out = new ArrayList<>(files.size());
        Set<String> gone = new HashSet<>(removedIds());
        for (Path f : files) {
            read(f).filter(s -> !gone.contains(s.id())).ifPresent(s -> out.add(article(s, splitter)));
        }
        return out;
    }

    private static Article article(Stored s, PassageSplitter splitter) {
        ArticleMeta meta = new ArticleMeta(s.id(), s.title(), s.outlet(), s.byline(), date(s.published()), s.url(),
                s.language());
        return new Article(meta, s.text(), splitter.split(s.id(), s.text()));
    }

    private static Optional<Stored> read(Path f) {
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(f), Stored.class));
        } catch (IOException e) {
            LOG.warn("skipping unreadable added article {}: {}", f, e.getMessage());
            return Optional.empty();
        }
    }

    private void writeRemoved(Set<String> ids) throws IOException {
        Files.createDirectories(removed.getParent());
        writeAtomically(removed, (String.join("\n", ids) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path file(String id) {
        return added.resolve(id + ".json");
    }

    private static void requireSafe(String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an added article's id must be letters, digits, '.', '_' or '-': " + id);
        }
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
