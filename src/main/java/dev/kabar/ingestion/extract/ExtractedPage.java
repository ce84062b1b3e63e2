package dev.kabar.ingestion.extract;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The article read from one page, and where its next page is when the article goes on there
 * ({@code rel="next"}, "Halaman 2", {@code ?page=2}).
 */
public record ExtractedPage(ExtractedArticle article, Optional<URI> nextPage) {

    public ExtractedPage {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(nextPage, "nextPage");
    }
}
