package dev.kabar.retrieval;

import java.util.List;

/**
 * Finds the passages that best match free user text. Any input at all — operators, 10,000
 * characters, emoji, control characters — yields a ranked list, possibly empty, and never an
 * exception.
 */
public interface PassageRetriever {

    /** At most {@code limit} hits, best first. */
    List<Hit> search(String text, int limit);

    /**
     * At most {@code limit} hits of the articles {@code filter} lets through, best first. This
     * default filters a wider search's hits; an index filters while it searches.
     */
    default List<Hit> search(String text, int limit, SourceFilter filter) {
        if (filter.isNone()) {
            return search(text, limit);
        }
        return search(text, Math.max(limit, 1) * 20).stream().filter(h -> filter.matches(h.article())).limit(limit).toList();
    }
}
