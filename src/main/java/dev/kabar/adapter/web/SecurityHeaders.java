package dev.kabar.adapter.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers on every response — pages, API answers, and errors Jetty raises before a route runs: no
 * inline script, no framing, no MIME sniffing, no referrer leaks.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {}

    /** Sets every header through {@code set} (a response's header setter). */
    static void apply(BiConsumer<String, String> set) {
        HEADERS.forEach(set);
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return Map.copyOf(h);
    }
}
