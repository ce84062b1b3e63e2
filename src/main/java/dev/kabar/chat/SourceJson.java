package dev.kabar.chat;

import dev.kabar.article.WebLinks;
import dev.kabar.retrieval.ArticleSummary;

/**
 * An article in the source list ({@code kabar sources --json}, {@code GET /api/articles}); {@code url}
 * is null unless it is an http(s) link.
 */
public record SourceJson(String id, String title, String outlet, String published, String byline, String url,
        int passages) {

    public static SourceJson of(ArticleSummary s) {
        return new SourceJson(s.meta().id(), s.meta().title(), s.meta().outlet(),
                CitationJson.nullIfEmpty(s.meta().publishedIso()), s.meta().byline(),
                WebLinks.isWebLink(s.meta().url()) ? s.meta().url() : null, s.passageCount());
    }
}
