package dev.kabar.adapter.web;

import java.util.Set;

/** The HTTP methods kabar knows (RFC 9110 and PATCH); any other name is answered 501 before routing. */
final class HttpMethods {

    static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE",
            "CONNECT");

    private HttpMethods() {}

    static boolean isKnown(String method) {
        return KNOWN.contains(method);
    }
}
