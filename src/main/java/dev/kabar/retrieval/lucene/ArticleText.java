package dev.kabar.retrieval.lucene;

import dev.kabar.article.Passage;
import java.util.List;

/**
 * An article's cleaned text put back together from its passages, so the index need not store it
 * a second time: the passages are the text, cut at paragraph breaks ({@code \n\n}) or between
 * sentences (one space). {@link ArticleDocuments} stores the text itself only for an article whose
 * text this does not rebuild exactly, so what is read back is always what was written.
 */
final class ArticleText {

    private ArticleText() {}

    /**
     * The text the passages (in ordinal order) cut, assuming a gap of two characters was a
     * paragraph break and one a space; null when a gap is anything else.
     */
    static String rebuild(List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        for (Passage p : passages) {
            switch (p.start() - text.length()) {
                case 0 -> {}
                case 1 -> text.append(' ');
                case 2 -> text.append("\n\n");
                default -> {
                    return null;
                }
            }
            text.append(p.text());
        }
        return text.toString();
    }

    /** Whether {@link #rebuild} gives back {@code text} exactly. */
    static boolean rebuilds(String text, List<Passage> passages) {
        return text.equals(rebuild(passages));
    }
}
