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
}
