package dev.kabar.article;

import java.util.Objects;

/**
 * A retrievable unit of an article: one paragraph, several short ones merged, or part of a long one.
 *
 * @param id {@code articleId#ordinal}, stable across re-indexing of the same text
 * @param articleId the owning article
 * @param ordinal 1-based position of the passage in its article
 * @param text the passage text, exactly {@code article.text().substring(start, end)}
 * @param start offset of the first character in the article's cleaned text
 * @param end offset after the last character in the article's cleaned text
 */
public record Passage(String id, String articleId, int ordinal, String text, int start, int end) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be >= 1, was " + ordinal);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        }
    }

    /** Builds the passage of {@code articleId} at {@code ordinal}, deriving its id. */
    public static Passage of(String articleId, int ordinal, String text, int start, int end) {
        return new Passage(idOf(articleId, ordinal), articleId, ordinal, text, start, end);
    }

    public static String idOf(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }
}
