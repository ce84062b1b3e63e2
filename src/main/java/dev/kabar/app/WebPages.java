package dev.kabar.app;

import dev.kabar.article.Article;
import dev.kabar.chat.ArticleDesk;
import dev.kabar.chat.DeskException;
import dev.kabar.ingestion.extract.ExtractionException;
import dev.kabar.ingestion.extract.WebArticles;
import java.net.URI;

/** The desk's pages read by extraction through the one safe fetcher; its failures in the desk's terms. */
record WebPages(WebArticles articles) implements ArticleDesk.Pages {

    @Override
    public Article read(String source) throws DeskException {
        try {
            return articles.read(source);
        } catch (ExtractionException e) {
            throw translated(e);
        }
    }

    @Override
    public Article read(URI url, String html) throws DeskException {
        try {
            return articles.read(url, html);
        } catch (ExtractionException e) {
            throw translated(e);
        }
    }

    private static DeskException translated(ExtractionException e) {
        DeskException.Kind kind = switch (e.kind()) {
            case UNUSABLE -> DeskException.Kind.UNUSABLE;
            case TIMED_OUT -> DeskException.Kind.TIMED_OUT;
            case UNREACHABLE -> DeskException.Kind.UNREACHABLE;
        };
        return new DeskException(kind, e.getMessage(), e);
    }
}
