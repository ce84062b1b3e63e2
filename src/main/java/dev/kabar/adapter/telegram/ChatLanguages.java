package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language each chat chose with {@code /lang}, kept beside the update offset in
 * {@code telegram-languages.json} ({@code {"<chat id>": "en"}}) so a restart speaks to every chat as
 * before, subscribed or not. Read once at start; each change writes the whole map to a temp file
 * renamed into place, so a crash leaves the old map or the new one.
 */
final class ChatLanguages {

    static final String FILE_NAME = "telegram-languages.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<Long, Language> chosen = new ConcurrentHashMap<>();

    /** Reads the languages kept beside {@code offsetFile}; none yet is an empty map. */
    ChatLanguages(Path offsetFile) {
        this.file = offsetFile.toAbsolutePath().resolveSibling(FILE_NAME);
        read();
    }

    Path file() {
        return file;
    }

    Optional<Language> of(long chatId) {
        return Optional.ofNullable(chosen.get(chatId));
    }

    /** Records the chat's choice; written before it returns, so the reply confirms what a restart keeps. */
    synchronized void choose(long chatId, Language l) {
        chosen.put(chatId, l);
        Map<String, String> out = new TreeMap<>();
        chosen.forEach((chat, lang) -> out.put(Long.toString(chat), lang.code()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(out), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the chats' languages in " + file + ": " + e.getMessage()
                    + " — check free space and permissions of the state directory", e);
        }
    }

    private void read() {
        Map<String, String> stored;
        try {
            stored = JSON.readValue(Files.readAllBytes(file), new TypeReference<Map<String, String>>() {});
        } catch (NoSuchFileException e) {
            return;
        } catch (JacksonException e) {
            throw new IllegalStateException(file + " must hold {\"<chat id>\": \"id\" or \"en\"}; delete it to start "
                    + "afresh (chats fall back to their users' language)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chats' languages from " + file + ": " + e.getMessage(), e);
        }
        stored.forEach((chat, code) -> {
            Optional<Language> l = code == null ? Optional.empty() : Language.parse(code);
            try {
                l.ifPresent(lang -> chosen.put(Long.parseLong(chat.strip()), lang));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + " names a chat that is not a number, " + chat
                        + "; delete it to start afresh", e);
            }
        });
    }
}
