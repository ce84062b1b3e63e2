package dev.kabar.answer;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;

/**
 * A numbered source of an answer.
 *
 * @param n the number used as {@code [n]} in the answer text, from 1
 * @param passage the whole cited passage
 * @param article metadata of the passage's article
 * @param quote the sentence of the passage that supports the claim
 */
public record Citation(int n, Passage passage, ArticleMeta article, String quote) {

    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("citation number must be >= 1, was " + n);
        }
    }
}
