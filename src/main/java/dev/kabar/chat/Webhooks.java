package dev.kabar.chat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Inbound webhooks by name, JDK types only: a bot adapter registers a handler, the web adapter
 * routes {@code POST /hooks/{name}} to it — so neither imports the other's framework. A web server
 * that serves the hooks calls {@link #served()}; a bot in webhook mode checks {@link #isServed()}.
 */
public final class Webhooks {

    /** One inbound hook: its headers are checked before its body is read, then the body in, an HTTP status out. */
    public interface Hook {
        /**
         * Whether the request's headers authorise it (a secret token); checked before the body is read,
         * so an unauthorised sender costs no body.
         *
         * @param header a request header by (case-insensitive) name, or {@code null} when absent
         */
        boolean authorized(UnaryOperator<String> header);

        /** @return the HTTP status: 200 handled, 400 not something this hook understands */
        int handle(byte[] body);
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private final Map<String, Hook> hooks = new ConcurrentHashMap<>();
    private volatile boolean served;

    /** Routes {@code /hooks/{name}} to {@code hook}; returns the path to give the sender. */
    public String register(String name, Hook hook) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("webhook name must be 1-40 of a-z 0-9 -, was '" + name + "'");
        }
        hooks.put(name, hook);
        return "/hooks/" + name;
    }

    public void remove(String name) {
        hooks.remove(name);
    }

    public Optional<Hook> get(String name) {
        return Optional.ofNullable(hooks.get(name));
    }

    /** Called by a web server that routes {@code /hooks/*} here. */
    public void served() {
        served = true;
    }

    public boolean isServed() {
        return served;
    }
}
