package dev.kabar.ingestion.extract;

import dev.kabar.ingestion.ArticleCleaner;
import dev.kabar.ingestion.CleanedText;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts an extracted body through kabar's furniture rules ({@code config/furniture.txt}, the same
 * {@link ArticleCleaner} every corpus goes through): promo lines, captions with credits, reporter
 * initials, byline and date lines. What the rules find in the text (a byline, a date, an outlet in the
 * dateline) fills what the page's markup left unknown.
 */
public final class FurnitureCleanedExtractor implements ArticleExtractor {

    private final ArticleExtractor inner;
    private final ArticleCleaner cleaner;

    public FurnitureCleanedExtractor(ArticleExtractor inner, ArticleCleaner cleaner) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    }

    @Override
    public ExtractedPage extract(WebPage page) throws ExtractionException {
        ExtractedPage extracted = inner.extract(page);
        ExtractedArticle a = extracted.article();
        CleanedText c = cleaner.cleanBody(a.text(), a.title());
        List<String> paragraphs = c.body().isEmpty() ? List.of() : Arrays.asList(c.body().split("\n\n"));
        Optional<Published> published = a.published().or(() -> Optional.ofNullable(c.published()).map(Published.Day::new));
        ExtractedArticle cleaned = new ExtractedArticle(a.url(), c.title().isEmpty() ? a.title() : c.title(), paragraphs,
                a.byline().isEmpty() ? c.byline() : a.byline(), published, a.outlet().isEmpty() ? c.outlet() : a.outlet(),
                a.language());
        return new ExtractedPage(cleaned, extracted.nextPage());
    }
}
