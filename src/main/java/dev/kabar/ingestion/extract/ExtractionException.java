package dev.kabar.ingestion.extract;

import java.io.Serial;

/**
 * A source that gives no article: unreadable, not HTML, empty, too large, or refused by the
 * fetcher. The message is one line that says what went wrong and what to do.
 */
public class ExtractionException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
