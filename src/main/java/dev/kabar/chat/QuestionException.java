package dev.kabar.chat;

/** The question cannot be asked as given (empty, too long); the message says what to change. */
public final class QuestionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuestionException(String message) {
        super(message);
    }
}
