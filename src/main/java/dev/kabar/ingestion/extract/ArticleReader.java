package dev.kabar.ingestion.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the article behind a source — a saved {@code .html}/{@code .html.gz} file or an http(s) URL —
 * following an article split over several pages up to {@value #MAX_PAGES} pages and joining them.
 * Saved files are read alone: their next pages are on the web, and reading a file never fetches.
 */
public final class ArticleReader {

    public static final int MAX_PAGES = 10;

    private final ArticleExtractor extractor;
    private final PageFetcher fetcher;

    public ArticleReader(ArticleExtractor extractor, PageFetcher fetcher) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** A source as given on the command line. */
    public ExtractedArticle read(String source) throws ExtractionException {
        String s = source.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return readUrl(uri(s));
        }
        try {
            return extractor.extract(LocalPage.read(Path.of(s), JsoupArticleExtractor.MAX_PAGE_BYTES)).article();
        } catch (InvalidPathException e) {
            throw new ExtractionException("not a file path or an http(s) URL: " + source, e);
        }
    }

    /** The article at {@code url} and on its next pages. */
    public ExtractedArticle readUrl(URI url) throws ExtractionException {
        ExtractedPage first = extractor.extract(fetcher.fetch(url));
        return followPages(first);
    }

    /** Joins the pages after {@code first}; a next page that fails ends the article there. */
    ExtractedArticle followPages(ExtractedPage first) {
        ExtractedArticle article = first.article();
        Set<String> seenParagraphs = new HashSet<>(article.paragraphs());
        Set<URI> visited = new HashSet<>();
        Optional<URI> next = first.nextPage();
        for (int page = 2; page <= MAX_PAGES && next.isPresent() && visited.add(next.get()); page++) {
            try {
                ExtractedPage more = extractor.extract(fetcher.fetch(next.get()));
                List<String> fresh = new ArrayList<>();
                for (String p : more.article().paragraphs()) {
                    if (seenParagraphs.add(p)) {
                        fresh.add(p); // pages repeat the lede or a standfirst; keep it once
                    }
                }
                article = article.withMore(fresh);
                next = more.nextPage();
            } catch (ExtractionException | RuntimeException e) {
                break; // the pages read so far are the article
            }
        }
        return article;
    }

    private static URI uri(String s) throws ExtractionException {
        try {
            URI u = new URI(s);
            if (u.getHost() == null) {
                throw new ExtractionException("no host in URL " + s);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new ExtractionException("malformed URL " + s + ": " + e.getReason(), e);
        }
    }
}
