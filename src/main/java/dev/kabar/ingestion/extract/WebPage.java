package dev.kabar.ingestion.extract;

import java.net.URI;
import java.util.Objects;

/**
 * One page as read: its bytes still undecoded, because the charset a page declares is not always the
 * one its bytes are in.
 *
 * @param url where the page was read from, after redirects: an {@code http(s)} or a {@code file} URI
 * @param body the raw bytes (already un-gzipped)
 * @param declaredCharset the charset named by the HTTP {@code Content-Type}; empty when none
 */
public record WebPage(URI url, byte[] body, String declaredCharset) {

    public WebPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(declaredCharset, "declaredCharset");
    }

    /** True when the page came from the web (its URL may stand for the article). */
    public boolean fromWeb() {
        String scheme = url.getScheme();
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }
}
