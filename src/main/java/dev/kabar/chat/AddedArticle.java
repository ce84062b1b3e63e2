package dev.kabar.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kabar.article.Article;

/**
 * What adding an article did, as the API returns it: {@code {"id", "title", "outlet", "published",
 * "url", "passages"}} ({@code published} an ISO date or null).
 *
 * @param created true for a new article, false when one with its canonical URL was replaced
 */
@JsonPropertyOrder({"id", "title", "outlet", "published", "url", "passages"})
public record AddedArticle(String id, String title, String outlet,
        @JsonInclude(JsonInclude.Include.ALWAYS) String published, String url, int passages,
        @JsonIgnore boolean created) {

    static AddedArticle of(Article a, boolean created) {
        String published = a.meta().publishedIso().isEmpty() ? null : a.meta().publishedIso();
        return new AddedArticle(a.id(), a.meta().title(), a.meta().outlet(), published, a.meta().url(),
                a.passages().size(), created);
    }
}
