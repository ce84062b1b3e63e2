package dev.kabar.text.thesaurus;

/** A thesaurus that cannot be read; the message says which file and what to do. */
public final class ThesaurusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ThesaurusException(String message, Throwable cause) {
        super(message, cause);
    }
}
