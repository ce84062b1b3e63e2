package dev.kabar.eval;

import java.util.List;

/**
 * A reading-comprehension dataset: its distinct paragraphs and its questions.
 *
 * @param contexts distinct paragraph texts; a question's {@code contextId} indexes this list
 * @param skipped one line per bad entry left out (a question without text, a row whose token and
 *     label counts differ), {@code where: why}
 */
public record QaDataset(List<String> contexts, List<QaItem> items, List<String> skipped) {

    public QaDataset {
        contexts = List.copyOf(contexts);
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
        for (QaItem item : items) {
            if (item.contextId() >= contexts.size()) {
                throw new IllegalArgumentException("question " + item.id() + " points at context " + item.contextId()
                        + " of " + contexts.size());
            }
        }
    }

    /** The first {@code n} questions; all contexts stay, so the corpus is the same size. */
    public QaDataset limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + n);
        }
        return n >= items.size() ? this : new QaDataset(contexts, items.subList(0, n), skipped);
    }
}
