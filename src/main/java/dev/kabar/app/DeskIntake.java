package dev.kabar.app;

import dev.kabar.article.Article;
import dev.kabar.chat.ArticleDesk;
import dev.kabar.chat.DeskException;
import dev.kabar.feed.ArticleIntake;
import dev.kabar.feed.FeedException;

/** The feed poller's articles go in through the article desk: read by extraction, kept live in the index. */
record DeskIntake(ArticleDesk desk) implements ArticleIntake {

    @Override
    public Article read(String url) throws FeedException {
        try {
            return desk.read(url);
        } catch (DeskException e) {
            throw new FeedException(e.getMessage(), e, e.kind() != DeskException.Kind.UNUSABLE);
        }
    }

    @Override
    public void put(Article article) {
        desk.put(article);
    }

    @Override
    public void remove(String id) {
        desk.remove(id);
    }
}
