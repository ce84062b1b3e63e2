package dev.kabar.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses may become links: absolute {@code http} and {@code https} URLs with a host, nothing
 * else — a {@code javascript:}, {@code data:} or {@code file:} address from a corpus, a page or a feed
 * stays text. Checked where addresses come in (ingestion) and again where links are drawn.
 */
public final class WebLinks {

    private WebLinks() {}

    public static boolean isWebLink(String url) {
        if (url == null || url.isBlank() || url.length() > 2048 || !url.equals(url.strip())) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return false; // control characters and spaces hide schemes from lax parsers
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
