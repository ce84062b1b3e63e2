package dev.kabar.eval;

/**
 * A dataset or distractor file that cannot be used at all: missing, unreadable or not in a known
 * format. The message is one line that says what to do next. (Single bad entries are skipped and
 * counted instead.)
 */
public final class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
