package dev.kabar.adapter.web;

import java.util.Objects;

/** A request the API refuses; mapped to {@code {"error", "message"}} with {@code status} in one place. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error code of {@link #indexUnavailable}. */
    static final String INDEX_UNAVAILABLE = "index_unavailable";

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

    /**
     * The search index does not answer (a Solr cluster down or out of reach): the server is up, so a
     * client may try again; where the index is, and why it failed, goes to the log, not to clients.
     */
    static ApiException indexUnavailable() {
        return new ApiException(503, INDEX_UNAVAILABLE, "the news index is unreachable right now: try again in a minute");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
