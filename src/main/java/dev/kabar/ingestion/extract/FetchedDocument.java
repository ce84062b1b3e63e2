package dev.kabar.ingestion.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A document fetched by conditional GET ({@link HttpPageFetcher#fetchDocument}): a feed, a page naming
 * feeds, or a {@code robots.txt}.
 *
 * @param url where it was read from, after redirects
 * @param body the bytes, un-gzipped; empty when {@code notModified}
 * @param contentType the HTTP {@code Content-Type}, empty when none
 * @param etag the {@code ETag} to send next time, empty when none
 * @param lastModified the {@code Last-Modified} to send next time, empty when none
 * @param notModified true when the server answered 304: nothing changed since the validators sent
 */
public record FetchedDocument(URI url, byte[] body, String contentType, String etag, String lastModified,
        boolean notModified) {

    public FetchedDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    static FetchedDocument unchanged(URI url, String etag, String lastModified) {
        return new FetchedDocument(url, new byte[0], "", etag, lastModified, true);
    }

    /**
     * Whether this is an HTML page rather than a feed: the bytes decide before the content type,
     * because sites serve feeds as {@code text/html} and pages as {@code application/xml}.
     */
    public boolean isHtml() {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) { // a UTF-8 byte-order mark, read as Latin-1
            head = head.substring(3).stripLeading();
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return true;
        }
        if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf")) {
            return false;
        }
        return HttpPageFetcher.isHtml(contentType) && !contentType.isBlank();
    }

    /** The page form of the body, for extraction and feed discovery. */
    public WebPage page() {
        return new WebPage(url, body, HttpPageFetcher.charsetOf(contentType));
    }
}
