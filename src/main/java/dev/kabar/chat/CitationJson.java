package dev.kabar.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.kabar.answer.Citation;

/**
 * A citation in the result and briefing JSON: the passage cited as {@code [n]}, its article, and
 * the sentence that supports the claim. {@code published} is null when the date is unknown;
 * {@code byline} (the article's authors as printed, an added field) is left out when unknown.
 */
public record CitationJson(int n, String articleId, String title, String outlet, String published,
        String passageId, String text, String quote, @JsonInclude(Include.NON_NULL) String byline) {

    public static CitationJson of(Citation c) {
        return new CitationJson(c.n(), c.article().id(), c.article().title(), c.article().outlet(),
                nullIfEmpty(c.article().publishedIso()), c.passage().id(), c.passage().text(), c.quote(),
                nullIfEmpty(c.article().byline()));
    }

    static String nullIfEmpty(String iso) {
        return iso.isEmpty() ? null : iso;
    }
}
