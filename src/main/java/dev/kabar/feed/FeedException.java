package dev.kabar.feed;

import java.io.Serial;

/**
 * A feed that could not be had or read: its message is the one line {@code kabar feeds} shows
 * ({@code 404 Not Found from …}, {@code not a feed: malformed XML at line 3 …}).
 */
public final class FeedException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean temporary;

    public FeedException(String message) {
        this(message, null, false);
    }

    public FeedException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /** @param temporary the site did not answer (time-out, refused connection, 5xx): worth another try */
    public FeedException(String message, Throwable cause, boolean temporary) {
        super(message, cause);
        this.temporary = temporary;
    }

    public boolean temporary() {
        return temporary;
    }
}
