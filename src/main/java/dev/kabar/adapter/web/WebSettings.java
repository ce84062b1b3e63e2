package dev.kabar.adapter.web;

import java.util.Objects;

/**
 * How the web server listens and protects itself.
 *
 * @param host address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port TCP port; 0 picks a free one (tests)
 * @param rateLimitPerMinute requests to {@code /api/*} one client address may make per minute; 0 disables the limit
 * @param allowedHosts the {@code Host} headers answered; others get 421
 * @param trustedProxies peers whose {@code X-Forwarded-For} names the client the rate limit keys on
 * @param adminToken the bearer token {@code POST/DELETE /api/articles} require ({@code KABAR_ADMIN_TOKEN});
 *     empty: those routes do not exist (404). Never printed by {@link #toString()}.
 */
public record WebSettings(String host, int port, int rateLimitPerMinute, HostAllowList allowedHosts,
        TrustedProxies trustedProxies, String adminToken) {

    public WebSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rateLimitPerMinute must be >= 0, was " + rateLimitPerMinute);
        }
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(adminToken, "adminToken");
    }

    /** No admin token: the article routes that write do not exist. */
    public WebSettings(String host, int port, int rateLimitPerMinute, HostAllowList allowedHosts,
            TrustedProxies trustedProxies) {
        this(host, port, rateLimitPerMinute, allowedHosts, trustedProxies, "");
    }

    /** The defaults for {@code host}: its default Host allow-list, no trusted proxy. */
    public WebSettings(String host, int port, int rateLimitPerMinute) {
        this(host, port, rateLimitPerMinute, HostAllowList.defaultFor(host, ""), TrustedProxies.none());
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(host, newPort, rateLimitPerMinute, allowedHosts, trustedProxies, adminToken);
    }

    public WebSettings withAdminToken(String token) {
        return new WebSettings(host, port, rateLimitPerMinute, allowedHosts, trustedProxies, token);
    }

    @Override
    public String toString() {
        return "WebSettings[host=" + host + ", port=" + port + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", allowedHosts=" + allowedHosts + ", trustedProxies=" + trustedProxies + ", adminToken="
                + (adminToken.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
