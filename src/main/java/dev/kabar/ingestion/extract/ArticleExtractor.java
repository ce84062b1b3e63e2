package dev.kabar.ingestion.extract;

/** Reads the article in one web page. */
public interface ArticleExtractor {

    /**
     * @throws ExtractionException when the bytes are not an HTML page kabar can read (binary, empty,
     *     too large)
     */
    ExtractedPage extract(WebPage page) throws ExtractionException;
}
