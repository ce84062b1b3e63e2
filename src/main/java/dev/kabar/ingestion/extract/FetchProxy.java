package dev.kabar.ingestion.extract;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The proxy fetches go through, from the standard settings: the JVM's {@code https.proxyHost} /
 * {@code https.proxyPort} ({@code http.*} for http URLs), else the environment's {@code HTTPS_PROXY}
 * / {@code HTTP_PROXY} (either case). Hosts in {@code NO_PROXY} / {@code http.nonProxyHosts} go direct.
 *
 * @param https the proxy for https URLs, if any
 * @param http the proxy for http URLs, if any
 * @param bypass host suffixes fetched directly
 */
public record FetchProxy(Optional<Endpoint> https, Optional<Endpoint> http, List<String> bypass) {

    /** A proxy's host and port. */
    public record Endpoint(String host, int port) {}

    public static final FetchProxy NONE = new FetchProxy(Optional.empty(), Optional.empty(), List.of());

    public static FetchProxy from(Properties system, Map<String, String> env) {
        Optional<Endpoint> https = property(system, "https").or(() -> variable(env, "HTTPS_PROXY"));
        Optional<Endpoint> http = property(system, "http").or(() -> variable(env, "HTTP_PROXY"));
        String no = system.getProperty("http.nonProxyHosts", env.getOrDefault("NO_PROXY", env.getOrDefault("no_proxy", "")));
        List<String> bypass = Arrays.stream(no.split("[,|]"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT).replace("*", "")).filter(s -> !s.isEmpty()).toList();
        return new FetchProxy(https, http, bypass);
    }

    /** The proxy for {@code url}, or empty to connect directly. */
    Optional<Endpoint> forUrl(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (bypass.stream().anyMatch(b -> host.equals(b.startsWith(".") ? b.substring(1) : b) || host.endsWith(
                b.startsWith(".") ? b : "." + b))) {
            return Optional.empty();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? https : http;
    }

    private static Optional<Endpoint> property(Properties system, String scheme) {
        String host = system.getProperty(scheme + ".proxyHost", "").strip();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String port = system.getProperty(scheme + ".proxyPort", scheme.equals("https") ? "443" : "80");
        return Optional.of(new Endpoint(host, Integer.parseInt(port.strip())));
    }

    private static Optional<Endpoint> variable(Map<String, String> env, String name) {
        String v = env.getOrDefault(name, env.getOrDefault(name.toLowerCase(Locale.ROOT), "")).strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        URI u = URI.create(v.contains("://") ? v : "http://" + v);
        return u.getHost() == null ? Optional.empty()
                : Optional.of(new Endpoint(u.getHost(), u.getPort() < 0 ? 80 : u.getPort()));
    }
}
