package dev.kabar.ingestion.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The structural class/id fragments ({@code page-classes.txt}) and the furniture and pager words
 * ({@code page-labels.txt}) the extractor uses; the files' headers say what each kind means.
 */
public final class PageRules {

    private final Map<String, List<String>> entries;
    private final Set<String> furnitureTokens;
    private final Set<String> furnitureLines;

    private PageRules(Map<String, List<String>> entries) {
        this.entries = Map.copyOf(entries);
        this.furnitureTokens = Set.copyOf(list("furniture-token"));
        this.furnitureLines = Set.copyOf(list("furniture-line"));
    }

    /** The rules shipped with kabar. */
    public static PageRules defaults() {
        Map<String, List<String>> entries = new HashMap<>();
        read("page-classes.txt", entries);
        read("page-labels.txt", entries);
        return new PageRules(entries);
    }

    List<String> list(String kind) {
        return entries.getOrDefault(kind, List.of());
    }

    /** Furniture by its class or id, unless it is also marked as content (and not strongly furniture). */
    boolean isFurnitureName(String classAndId) {
        if (classAndId.isEmpty()) {
            return false;
        }
        if (containsAny(classAndId, "strong-fragment")) {
            return true;
        }
        boolean furniture = containsAny(classAndId, "furniture-fragment") || hasToken(classAndId);
        return furniture && !containsAny(classAndId, "content-fragment");
    }

    /** Readers' comments and discussions: they can hold more prose than the article itself. */
    boolean isDiscussionName(String classAndId) {
        return containsAny(classAndId, "discussion-fragment");
    }

    /** A block of body text that only labels a link, an ad or a promo. */
    boolean isFurnitureText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (furnitureLines.contains(lower)) {
            return true;
        }
        for (String prefix : list("furniture-prefix")) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAny(String text, String kind) {
        for (String fragment : list(kind)) {
            if (text.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasToken(String classAndId) {
        int start = -1;
        for (int i = 0; i <= classAndId.length(); i++) {
            boolean letter = i < classAndId.length() && Character.isLetterOrDigit(classAndId.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (furnitureTokens.contains(classAndId.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static void read(String resource, Map<String, List<String>> into) {
        Set<String> seen = new HashSet<>();
        for (String line : Resources.lines(resource)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(resource + ": expected `kind: value`, got '" + line + "'");
            }
            String kind = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (!value.isEmpty() && seen.add(kind + ":" + value)) {
                into.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
            }
        }
    }
}
