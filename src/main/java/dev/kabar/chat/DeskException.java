package dev.kabar.chat;

import java.io.Serial;
import java.util.Objects;

/**
 * An article that could not be added: its message is one line for the person who asked
 * ({@code 404 from …}, {@code no article text found on …}); its {@link Kind} is what the adapters
 * map (the API: 422, 504 or 502).
 */
public final class DeskException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whose fault: the page's, or the site's. */
    public enum Kind {
        /** The page could not be had or held no article. */
        UNUSABLE,
        /** The site did not answer in time. */
        TIMED_OUT,
        /** The site refused the connection. */
        UNREACHABLE
    }

    private final Kind kind;

    public DeskException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
