package dev.kabar.feed;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where feeds, the pages naming them and {@code robots.txt} files come from: the composition root
 * wires it to the one safe fetcher (private addresses refused, time-outs, size cap, redirects).
 */
@FunctionalInterface
public interface FeedSource {

    /**
     * A conditional GET: with the validators of the last fetch, an unchanged document comes back
     * {@link Document#notModified()}.
     *
     * @param validators those of the last fetch; {@link Validators#NONE} for a full fetch
     * @throws FeedException the document cannot be had (refused, unreachable, 404, too large), in one line
     */
    Document fetch(URI url, Validators validators) throws FeedException;

    /**
     * One fetched document.
     *
     * @param url its address after redirects
     * @param body its bytes; empty when not modified
     * @param feedLinks when it is an HTML page, the feeds it names ({@code <link rel="alternate">}); else empty
     * @param html whether it is an HTML page rather than XML or text
     */
    record Document(URI url, byte[] body, boolean html, List<URI> feedLinks, Validators validators,
            boolean notModified) {

        public Document {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
            feedLinks = List.copyOf(feedLinks);
            Objects.requireNonNull(validators, "validators");
        }
    }

    /** What a conditional GET sends back: {@code ETag} and {@code Last-Modified}, empty when none. */
    record Validators(String etag, String lastModified) {

        public static final Validators NONE = new Validators("", "");

        public Validators {
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }
}
