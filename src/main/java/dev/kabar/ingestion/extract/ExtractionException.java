package dev.kabar.ingestion.extract;

import java.io.Serial;
import java.util.Objects;

/**
 * A source that gives no article: unreadable, not HTML, empty, too large, or refused by the
 * fetcher. The message is one line that says what went wrong and what to do; the {@link Kind}
 * says whose fault it is, so the API can answer 422, 504 or 502.
 */
public class ExtractionException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why no article came back. */
    public enum Kind {
        /** The page was had but holds no article, or cannot be had at all (404, not HTML, refused address). */
        UNUSABLE,
        /** The site did not answer in time. */
        TIMED_OUT,
        /** The site refused the connection or broke it off. */
        UNREACHABLE
    }

    private final Kind kind;

    public ExtractionException(String message) {
        this(Kind.UNUSABLE, message, null);
    }

    public ExtractionException(String message, Throwable cause) {
        this(Kind.UNUSABLE, message, cause);
    }

    public ExtractionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
