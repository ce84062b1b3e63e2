package dev.kabar.ingestion;

import java.util.Objects;

/**
 * An input that was skipped (or, as a warning, kept with something ignored), and why.
 *
 * @param source the file name, or {@code file:line} for a line of a JSONL file
 * @param reason one line a person can act on
 */
public record Rejection(String source, String reason) {

    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
