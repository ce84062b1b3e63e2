package dev.kabar.feed;

import java.io.Serial;

/**
 * A feed that could not be had or read: its message is the one line {@code kabar feeds} shows
 * ({@code 404 Not Found from …}, {@code not a feed: malformed XML at line 3 …}).
 */
public final class FeedException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
