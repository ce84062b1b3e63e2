package dev.kabar.feed;

import dev.kabar.article.Article;

/**
 * Where the poller takes new articles in: read by extraction through the safe fetcher, then kept and
 * searchable at once (the live-add path the API's {@code POST /api/articles} uses). The composition
 * root wires it to the article desk.
 */
public interface ArticleIntake {

    /**
     * The article on the page at {@code url}, read but not yet kept.
     *
     * @throws FeedException no article there (404, not a page, no text: given up on), or the site did not
     *     answer ({@link FeedException#temporary()}: tried again at the next poll)
     */
    Article read(String url) throws FeedException;

    /** Keeps the article, searchable at once; one with its id is replaced. */
    void put(Article article);

    /** Removes an article taken in earlier (retention). */
    void remove(String id);
}
