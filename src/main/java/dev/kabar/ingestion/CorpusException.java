package dev.kabar.ingestion;

import java.io.Serial;

/**
 * The corpus as a whole cannot be read (missing path, wrong kind of path). One line saying what to
 * do next. Problems with single files or lines are not exceptions: they become {@link Rejection}s.
 */
public final class CorpusException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
