package dev.kabar.adapter.web;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The API's {@code {"error", "message"}} body with the security headers, written at the Jetty level (before Javalin). */
final class JettyErrors {

    private JettyErrors() {}

    static void write(Response response, int status, String code, String message, Callback callback) {
        response.setStatus(status);
        headers(response.getHeaders());
        Content.Sink.write(response, true, body(code, message), callback);
    }

    static void headers(HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    static String body(String code, String message) {
        return Json.error(code, message).toString();
    }

    static byte[] bytes(String code, String message) {
        return body(code, message).getBytes(StandardCharsets.UTF_8);
    }

    /** The error code kabar's JSON errors use for a status. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 421 -> "misdirected_request";
            case 431 -> "headers_too_large";
            case 501 -> "not_implemented";
            case 503 -> "unavailable";
            case 505 -> "http_version_not_supported";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    /** A one-line message for a status Jetty raised itself, saying what to do next. */
    static String message(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (bad path, header or Host): check the URL and headers";
            case 404 -> "no such page or endpoint: see docs/api.md for the API";
            case 405 -> "this method is not allowed here";
            case 408 -> "the request took too long to arrive: send it again in one go";
            case 413 -> "the request body is too large";
            case 414 -> "the URL is too long: send long input in a POST body";
            case 415 -> "send the body as application/json";
            case 431 -> "the request headers are too large: send fewer or shorter headers";
            case 505 -> "use HTTP/1.1";
            default -> status >= 500 ? "kabar could not handle this request; try again, and report it if it keeps happening"
                    : "the request could not be handled (HTTP " + status + ")";
        };
    }
}
