package dev.kabar.ingestion.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The one spelling of an article's address, so that the same article reached twice is one article:
 * scheme and host in lower case, no default port, no fragment, no tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}). The article id added pages get is derived from it.
 */
public final class CanonicalUrl {

    private CanonicalUrl() {}

    /** @throws ExtractionException when {@code url} is not an absolute http(s) URL */
    public static URI of(String url) throws ExtractionException {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ExtractionException("malformed URL " + url + ": " + e.getReason(), e);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            throw new ExtractionException("not an http(s) URL: " + url);
        }
        int port = u.getPort() == 80 && scheme.equals("http") || u.getPort() == 443 && scheme.equals("https") ? -1 : u.getPort();
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String query = query(u.getRawQuery());
        return URI.create(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query));
    }

    /** {@code web-} and the first 16 hex digits of the SHA-256 of the canonical URL. */
    public static String articleId(URI canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "web-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
