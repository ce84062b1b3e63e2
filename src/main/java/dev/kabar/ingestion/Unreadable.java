package dev.kabar.ingestion;

import java.io.Serial;

/** A file or line that cannot become an article; caught by its source and turned into a {@link Rejection}. */
final class Unreadable extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
        super(reason);
    }
}
