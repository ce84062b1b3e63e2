package dev.kabar.ingestion.extract;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an article from an HTML page with jsoup: the metadata first, from the untouched page
 * (schema.org JSON-LD, Open Graph and article meta, {@code <time>}, printed lines), then the body,
 * from the page with its furniture removed ({@link FurnitureRemoval}, {@link MainContent}).
 */
public final class JsoupArticleExtractor implements ArticleExtractor {

    /** Larger pages are refused: a news article page is well under a megabyte of HTML. */
    public static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

    private final PageRules rules;
    private final FurnitureRemoval removal;
    private final MainContent content;
    private final PageMetadata.Readers readers;
    private final PageLanguage language;

    public JsoupArticleExtractor(PageRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.removal = new FurnitureRemoval(rules);
        this.content = new MainContent(rules);
        this.readers = PageMetadata.Readers.of(rules);
        this.language = new PageLanguage(rules);
    }

    @Override
    public ExtractedPage extract(WebPage page) throws ExtractionException {
        if (page.body().length == 0) {
            throw new ExtractionException("empty page — nothing to read");
        }
        if (page.body().length > MAX_PAGE_BYTES) {
            throw new ExtractionException("page too large (" + page.body().length / 1024 + " KB; kabar reads up to "
                    + MAX_PAGE_BYTES / 1024 / 1024 + " MB) — give the article's own page");
        }
        String html = PageDecoder.decode(page.body(), page.declaredCharset());
        HtmlCheck.requireHtml(html);
        Document doc = Jsoup.parse(html, page.url().toString());
        PageMetadata meta = PageMetadata.read(doc, page, readers);
        Optional<URI> next = NextPageLink.find(doc, page.url(), rules);
        removal.apply(doc.body());
        List<String> paragraphs = content.paragraphs(doc.body(), meta.title());
        ExtractedArticle article = new ExtractedArticle(meta.url(), meta.title(), paragraphs, meta.byline(),
                meta.published(), meta.outlet(),
                meta.declaredLanguage().isEmpty() ? language.detect(paragraphs) : meta.declaredLanguage());
        return new ExtractedPage(article, next);
    }
}
