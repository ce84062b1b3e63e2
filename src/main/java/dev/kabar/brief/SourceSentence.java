package dev.kabar.brief;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.text.Token;
import java.util.List;
import java.util.Set;

/**
 * One sentence of a passage the briefing draws on.
 *
 * @param order position among its article's sentences in the briefing, from 0
 * @param score the retrieval score of its passage (1 for the whole collection)
 * @param terms canonical content terms (see {@link Vocabulary})
 */
record SourceSentence(String text, Passage passage, ArticleMeta article, int order, double score, List<Token> tokens,
        Set<String> terms) {

    /** A whole sentence, not a heading or caption: long enough and ending like a sentence. */
    boolean prose() {
        if (tokens.size() < 6) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?”\"’…'".indexOf(last) >= 0;
    }

    String articleId() {
        return article.id();
    }
}
