package dev.kabar.adapter.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code Host} names this server answers to, against DNS rebinding: a page on {@code evil.example}
 * whose name is re-pointed at 127.0.0.1 still sends {@code Host: evil.example}, and is refused. Entries
 * are host names or IP literals (IPv6 in brackets), or {@code *.example.org} for any subdomain; ports
 * are ignored. Immutable.
 */
public final class HostAllowList {

    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private final List<String> exact;
    private final List<String> suffixes;
    private final boolean any;

    private HostAllowList(List<String> exact, List<String> suffixes, boolean any) {
        this.exact = List.copyOf(exact);
        this.suffixes = List.copyOf(suffixes);
        this.any = any;
    }

    /** Every host: for a server bound to a public address with no list configured. */
    public static HostAllowList any() {
        return new HostAllowList(List.of(), List.of(), true);
    }

    /**
     * @param spec comma-separated entries, e.g. {@code kabar.example.org, *.example.net, 10.0.0.5, [fd00::1]}
     * @throws IllegalArgumentException naming the entry that is not a host
     */
    public static HostAllowList parse(String spec) {
        List<String> exact = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        for (String raw : Objects.requireNonNull(spec, "spec").split(",")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                return any();
            }
            boolean wildcard = entry.startsWith("*.");
            String host = hostOf(wildcard ? entry.substring(2) : entry);
            if (host == null || host.contains("*")) {
                throw new IllegalArgumentException("'" + raw.strip() + "' is not a host name, an IP literal or *.domain");
            }
            (wildcard ? suffixes : exact).add(wildcard ? "." + host : host);
        }
        return new HostAllowList(exact, suffixes, false);
    }

    /**
     * The default for a server bound to {@code bindHost}: on a loopback address, the loopback names plus
     * the host of {@code publicUrl} (the webhook set-up behind a TLS proxy); on any other address, every host.
     */
    public static HostAllowList defaultFor(String bindHost, String publicUrl) {
        if (!isLoopback(bindHost)) {
            return any();
        }
        List<String> names = new ArrayList<>(LOOPBACK);
        String publicHost = publicUrl == null || publicUrl.isBlank() ? null : URI.create(publicUrl.strip()).getHost();
        if (publicHost != null) {
            names.add(publicHost);
        }
        return parse(String.join(",", names));
    }

    /** Whether a request with this {@code Host} header (port and case ignored) is answered. */
    public boolean allows(String hostHeader) {
        if (any) {
            return true;
        }
        String host = hostHeader == null ? null : hostOf(hostHeader.strip().toLowerCase(Locale.ROOT));
        if (host == null) {
            return false;
        }
        if (exact.contains(host)) {
            return true;
        }
        for (String suffix : suffixes) {
            if (host.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The host of {@code name[:port]} or {@code [v6][:port]}, with a trailing dot dropped; null when malformed. */
    private static String hostOf(String authority) {
        String host;
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            if (end < 0 || !validPort(authority.substring(end + 1))) {
                return null;
            }
            host = authority.substring(0, end + 1);
            return host.length() > 2 && host.substring(1, host.length() - 1).matches("[0-9a-f:.]+") ? host : null;
        }
        int colon = authority.indexOf(':');
        host = colon < 0 ? authority : authority.substring(0, colon);
        if (colon >= 0 && !validPort(authority.substring(colon))) {
            return null;
        }
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return !host.isEmpty() && host.matches("[a-z0-9*_.-]+") ? host : null;
    }

    private static boolean validPort(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{0,5}");
    }

    private static boolean isLoopback(String bindHost) {
        String h = bindHost.startsWith("[") ? bindHost.substring(1, bindHost.length() - 1) : bindHost;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return isLiteral(h) && InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Only literals are resolved here: a bind name is never looked up in DNS for this decision. */
    private static boolean isLiteral(String h) {
        return h.matches("[0-9.]+") || h.contains(":");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostAllowList other && any == other.any && exact.equals(other.exact)
                && suffixes.equals(other.suffixes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exact, suffixes, any);
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>(exact);
        suffixes.forEach(s -> all.add("*" + s));
        return any ? "*" : String.join(",", all);
    }
}
