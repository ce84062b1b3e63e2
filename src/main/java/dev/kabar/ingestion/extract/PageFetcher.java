package dev.kabar.ingestion.extract;

import java.net.URI;

/**
 * Fetches a web page. The one way extraction reaches the network ({@link HttpPageFetcher}, which
 * checks and pins addresses), so that more rules (robots, rate limits) change one class only.
 */
@FunctionalInterface
public interface PageFetcher {

    /** Refuses every fetch: for reading local files only. */
    PageFetcher NONE = url -> {
        throw new ExtractionException("fetching is off here — cannot read " + url);
    };

    /**
     * @return the page, its URL the final one after redirects
     * @throws ExtractionException the page cannot be had: refused, unreachable, not HTML, too large
     */
    WebPage fetch(URI url) throws ExtractionException;
}
