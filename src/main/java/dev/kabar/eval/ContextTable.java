package dev.kabar.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct paragraph texts in first-seen order. Two paragraphs that differ only in surrounding or
 * repeated whitespace are one paragraph, so one text never becomes two articles.
 */
final class ContextTable {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    /** The id of {@code text}, adding it when new. */
    int idOf(String text) {
        String normal = key(text);
        Integer id = ids.get(normal);
        if (id != null) {
            return id;
        }
        ids.put(normal, texts.size());
        texts.add(text.strip());
        return texts.size() - 1;
    }

    List<String> texts() {
        return texts;
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
