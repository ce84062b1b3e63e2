package dev.kabar.retrieval;

/**
 * The search index cannot be built, opened or read. The message is one line that says what to do
 * next (usually: run {@code ./kabar index}); adapters print it as is.
 */
public class IndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
