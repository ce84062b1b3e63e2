package dev.kabar.app;

import dev.kabar.feed.FeedException;
import dev.kabar.feed.FeedSource;
import dev.kabar.ingestion.extract.ExtractionException;
import dev.kabar.ingestion.extract.FeedLinks;
import dev.kabar.ingestion.extract.FetchedDocument;
import dev.kabar.ingestion.extract.HttpPageFetcher;
import java.net.URI;
import java.util.List;

/** Feeds and the pages naming them, fetched by the one safe fetcher; its failures in the feeds' terms. */
record WebFeedSource(HttpPageFetcher fetcher) implements FeedSource {

    @Override
    public Document fetch(URI url, Validators validators) throws FeedException {
        FetchedDocument d;
        try {
            d = fetcher.fetchDocument(url, validators.etag(), validators.lastModified());
        } catch (ExtractionException e) {
            throw new FeedException(e.getMessage(), e, e.kind() != ExtractionException.Kind.UNUSABLE);
        }
        if (d.notModified()) {
            Validators kept = new Validators(d.etag().isEmpty() ? validators.etag() : d.etag(),
                    d.lastModified().isEmpty() ? validators.lastModified() : d.lastModified());
            return new Document(d.url(), d.body(), false, List.of(), kept, true);
        }
        boolean html = d.isHtml();
        return new Document(d.url(), d.body(), html, html ? FeedLinks.in(d.page()) : List.of(),
                new Validators(d.etag(), d.lastModified()), false);
    }
}
