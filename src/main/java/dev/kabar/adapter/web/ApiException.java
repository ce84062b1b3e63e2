package dev.kabar.adapter.web;

import java.util.Objects;

/** A request the API refuses; mapped to {@code {"error", "message"}} with {@code status} in one place. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
