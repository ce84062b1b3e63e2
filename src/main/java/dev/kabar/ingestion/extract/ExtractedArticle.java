package dev.kabar.ingestion.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article. Unknown text fields are empty strings, an unknown date is
 * {@link Optional#empty()}: kabar does not guess.
 *
 * @param url the canonical URL when the page names one, else the page's own http(s) URL, else empty
 * @param title the headline
 * @param paragraphs the body, page furniture removed, one paragraph per element
 * @param byline the authors, several joined with {@code ", "}
 * @param published when the article was published, if the page says
 * @param outlet the publication's name ({@code og:site_name}, schema.org publisher, ...)
 * @param language an ISO 639-1 code
 */
public record ExtractedArticle(
        String url,
        String title,
        List<String> paragraphs,
        String byline,
        Optional<Published> published,
        String outlet,
        String language) {

    public ExtractedArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(language, "language");
    }

    /** The body as text: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** True when no body text was found (a photo page, an index page, a paywall). */
    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** This article with the paragraphs of its next pages appended. */
    public ExtractedArticle withMore(List<String> more) {
        List<String> all = new ArrayList<>(paragraphs);
        all.addAll(more);
        return new ExtractedArticle(url, title, all, byline, published, outlet, language);
    }
}
