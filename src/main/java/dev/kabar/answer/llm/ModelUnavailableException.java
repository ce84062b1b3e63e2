package dev.kabar.answer.llm;

/** The model gave no usable reply after every configured attempt; the caller falls back. */
final class ModelUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
