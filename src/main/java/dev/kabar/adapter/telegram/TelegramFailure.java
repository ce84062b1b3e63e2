package dev.kabar.adapter.telegram;

/** A Bot API call failed for good (after retries); the message never holds the token. */
final class TelegramFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TelegramFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
