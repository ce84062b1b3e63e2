/**
 * Article extraction from web pages: title, body paragraphs, byline, publication date and time,
 * outlet, canonical URL and language from one HTML page, or from an article split over several
 * pages. {@link dev.kabar.ingestion.extract.ArticleExtractor} is the port and
 * {@link dev.kabar.ingestion.extract.JsoupArticleExtractor} the implementation; pages come from a
 * {@link dev.kabar.ingestion.extract.PageFetcher} so a safer fetcher can be plugged in. The rules are
 * general (block structure, text and link density, schema.org, headings), never per site; the words
 * they need (labels like "Baca juga", "Halaman") are in resource files beside these classes. The
 * same fetcher reads feeds by conditional GET ({@link dev.kabar.ingestion.extract.FetchedDocument}),
 * and {@link dev.kabar.ingestion.extract.FeedLinks} finds the feeds a page names. May
 * import {@code dev.kabar.ingestion}, {@code dev.kabar.text}, jsoup and Jackson; nothing else of kabar.
 */
package dev.kabar.ingestion.extract;
