package dev.kabar.ingestion.extract;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.ingestion.PassageSplitter;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns a web page into an {@link Article} ready for the index: read (fetched, or HTML given with its
 * URL), its id from its canonical URL ({@link CanonicalUrl#articleId}), its passages cut as the corpus's
 * are. A page without article text is refused here, so nothing empty is ever added.
 */
public final class WebArticles {

    private final ArticleReader reader;
    private final ArticleExtractor extractor;
    private final PassageSplitter splitter;

    public WebArticles(ArticleExtractor extractor, PageFetcher fetcher, PassageSplitter splitter) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.reader = new ArticleReader(extractor, fetcher);
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /** The article at an http(s) URL (fetched, with its next pages) or in a saved {@code .html} file. */
    public Article read(String source) throws ExtractionException {
        ExtractedArticle a = reader.read(source);
        String s = source.strip();
        boolean web = s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
        return article(a, web ? s : "", source);
    }

    /**
     * The article in {@code html}, which the caller read from {@code url}: nothing is fetched.
     *
     * @param url null when the caller does not know it (a saved page): the page must name its own
     */
    public Article read(URI url, String html) throws ExtractionException {
        URI canonical = url == null ? null : CanonicalUrl.of(url.toString());
        URI base = canonical == null ? URI.create("about:blank") : canonical;
        ExtractedPage page = extractor.extract(new WebPage(base, html.getBytes(StandardCharsets.UTF_8), "utf-8"));
        return article(page.article(), canonical == null ? "" : canonical.toString(),
                url == null ? "the page sent" : url.toString());
    }

    private Article article(ExtractedArticle a, String givenUrl, String source) throws ExtractionException {
        // a page may name its own canonical address, but not another site's: that would put its text
        // under the other outlet's id and address, replacing the real article
        String named = a.url().isEmpty() || !givenUrl.isEmpty() && !sameSite(a.url(), givenUrl) ? givenUrl : a.url();
        if (named.isEmpty()) {
            throw new ExtractionException("the page names no URL of its own: add it by its address instead of " + source);
        }
        if (a.isEmpty()) {
            throw new ExtractionException("no article text found on " + source);
        }
        URI canonical = CanonicalUrl.of(named);
        String id = CanonicalUrl.articleId(canonical);
        ArticleMeta meta = new ArticleMeta(id, a.title(), a.outlet(), a.byline(),
                a.published().map(Published::date).orElse(null), canonical.toString(), a.language());
        return new Article(meta, a.text(), splitter.split(id, a.text()));
    }

    /** Whether two addresses belong to one site: the same registrable domain ({@code m.detik.com} ~ {@code www.detik.com}). */
    static boolean sameSite(String a, String b) {
        String ha = host(a);
        String hb = host(b);
        return ha != null && ha.equals(hb);
    }

    /** The last two labels of the host, three under a two-letter country's second level ({@code kompas.co.id}). */
    private static String host(String url) {
        String h;
        try {
            h = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (h == null) {
            return null;
        }
        String[] labels = h.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        int keep = n >= 3 && labels[n - 1].length() == 2 && labels[n - 2].length() <= 3 ? 3 : 2;
        return String.join(".", Arrays.asList(labels).subList(Math.max(0, n - keep), n));
    }
}
