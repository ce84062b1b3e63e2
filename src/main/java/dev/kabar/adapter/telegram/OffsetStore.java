package dev.kabar.adapter.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The id of the last handled update, kept in a file so a restart asks Telegram for the next one:
 * nothing handled twice, nothing skipped. Written atomically (temp file + move).
 */
final class OffsetStore {

    private final Path file;
    private long last;

    OffsetStore(Path file) {
        this.file = file;
        this.last = read(file);
    }

    synchronized long last() {
        return last;
    }

    /** Records {@code updateId} as handled; ids at or below the last one are ignored. */
    synchronized void handled(long updateId) {
        if (updateId <= last) {
            return;
        }
        last = updateId;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            Files.writeString(tmp, Long.toString(updateId) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Telegram offset to " + file + ": " + e.getMessage(), e);
        }
    }

    private static long read(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Telegram offset from " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + " must hold one update id; delete it to start afresh", e);
        }
    }
}
