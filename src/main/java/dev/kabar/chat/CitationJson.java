package dev.kabar.chat;

import dev.kabar.answer.Citation;

/**
 * A citation in the result and briefing JSON: the passage cited as {@code [n]}, its article, and
 * the sentence that supports the claim. {@code published} is null when the date is unknown.
 */
public record CitationJson(int n, String articleId, String title, String outlet, String published,
        String passageId, String text, String quote) {

    public static CitationJson of(Citation c) {
        return new CitationJson(c.n(), c.article().id(), c.article().title(), c.article().outlet(),
                nullIfEmpty(c.article().publishedIso()), c.passage().id(), c.passage().text(), c.quote());
    }

    static String nullIfEmpty(String iso) {
        return iso.isEmpty() ? null : iso;
    }
}
