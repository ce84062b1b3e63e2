package dev.kabar.adapter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The server's routes as (method, template) pairs, declared once: the web server registers each with
 * Javalin, and {@link HttpGuard} answers a method a route does not take with 405 and {@code Allow}.
 */
final class RouteTable {

    private record Route(String method, String template, Pattern path) {}

    private final List<Route> routes = new ArrayList<>();

    /** @param template a Javalin path, {@code {name}} standing for one path segment */
    void add(String method, String template) {
        if (!HttpMethods.isKnown(method)) {
            throw new IllegalArgumentException("unknown method " + method);
        }
        String regex = Pattern.quote(template).replaceAll("\\{[A-Za-z]+}", "\\\\E[^/]+\\\\Q");
        routes.add(new Route(method, template, Pattern.compile(regex)));
    }

    /** The template of the first route matching {@code path}, whatever its method; empty when none does. */
    Optional<String> template(String path) {
        for (Route r : routes) {
            if (r.path().matcher(trimmed(path)).matches()) {
                return Optional.of(r.template());
            }
        }
        return Optional.empty();
    }

    /**
     * The methods some route takes at {@code path} ({@code HEAD} wherever {@code GET}), sorted; empty
     * when no route matches, which leaves the path to the static files (GET, HEAD) or a 404.
     */
    Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route r : routes) {
            if (r.path().matcher(trimmed(path)).matches()) {
                methods.add(r.method());
                if (r.method().equals("GET")) {
                    methods.add("HEAD");
                }
            }
        }
        return methods;
    }

    /** Javalin ignores one trailing slash ({@code /api/ask/} is {@code /api/ask}); so does the table. */
    private static String trimmed(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
