package dev.kabar.chat;

import dev.kabar.article.Article;
import java.net.URI;
import java.util.Objects;

/**
 * Adding and removing articles while kabar serves — the admin's use case, shared by the API, the bot
 * and the command line (each checks who may use it at its own edge). A page is read and turned into an
 * article first, entirely, and only then put on the shelf, so a page that fails adds nothing.
 */
public final class ArticleDesk {

    /** Reads the article behind a source; the composition root wires extraction and the safe fetcher. */
    public interface Pages {
        /** @param source an http(s) URL, or (from the command line) a saved {@code .html} file */
        Article read(String source) throws DeskException;

        /** The article in {@code html}, as read by the caller from {@code url} (null: the page names it); nothing is fetched. */
        Article read(URI url, String html) throws DeskException;
    }

    /** Where articles are kept: durable and searchable at once. */
    public interface Shelf {
        /** @return true when the article is new, false when it replaced one with its id */
        boolean put(Article article);

        /** @return false when no article has this id */
        boolean remove(String id);
    }

    /** Where adding is not wired in (an index outside the state directory): every call says so. */
    public static final ArticleDesk NONE = new ArticleDesk(new Pages() {
        @Override
        public Article read(String source) throws DeskException {
            throw unavailable();
        }

        @Override
        public Article read(URI url, String html) throws DeskException {
            throw unavailable();
        }
    }, new Shelf() {
        @Override
        public boolean put(Article article) {
            throw new IllegalStateException("adding articles is not available for this index");
        }

        @Override
        public boolean remove(String id) {
            throw new IllegalStateException("removing articles is not available for this index: "
                    + "use the index under state.path");
        }
    });

    private final Pages pages;
    private final Shelf shelf;

    public ArticleDesk(Pages pages, Shelf shelf) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.shelf = Objects.requireNonNull(shelf, "shelf");
    }

    /** Reads and adds the article at {@code source}; the same canonical URL again updates it. */
    public AddedArticle add(String source) throws DeskException {
        Article article = pages.read(source);
        return AddedArticle.of(article, shelf.put(article));
    }

    /** Adds the article in {@code html}, read by the caller from {@code url} (null: the page must name its own). */
    public AddedArticle add(URI url, String html) throws DeskException {
        Article article = pages.read(url, html);
        return AddedArticle.of(article, shelf.put(article));
    }

    /** Reads the article at {@code source} without keeping it: for callers that decide first (the feed poller). */
    public Article read(String source) throws DeskException {
        return pages.read(source);
    }

    /** Keeps an article read with {@link #read(String)}, searchable at once. */
    public AddedArticle put(Article article) {
        return AddedArticle.of(article, shelf.put(article));
    }

    /** Removes an added or a bundled article; a removed bundled article stays removed across rebuilds. */
    public boolean remove(String id) {
        return shelf.remove(id);
    }

    private static DeskException unavailable() {
        return new DeskException(DeskException.Kind.UNUSABLE,
                "adding articles is not available for this index: use the index under state.path", null);
    }
}
