package dev.kabar.ingestion.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the extractor knows about pages and their languages, read once from the files beside
 * these classes (each file's header says what its kinds mean): structural class/id fragments
 * ({@code page-classes.txt}), furniture and pager words ({@code page-labels.txt}), byline words
 * ({@code byline-words.txt}), time-zone words ({@code time-zones.txt}) and function words by language
 * ({@code language-words.txt}). Immutable; loaded by the composition root and passed in.
 */
public final class PageRules {

    private final Map<String, List<String>> entries;
    private final Map<String, List<String>> bylineWords;
    private final Map<String, List<String>> languageWords;
    private final Map<String, ZoneOffset> zones;
    private final Set<String> furnitureTokens;
    private final Set<String> furnitureLines;

    private PageRules(Map<String, List<String>> entries, Map<String, List<String>> bylineWords,
            Map<String, List<String>> languageWords, Map<String, ZoneOffset> zones) {
        this.entries = Map.copyOf(entries);
        this.bylineWords = Map.copyOf(bylineWords);
        this.languageWords = Collections.unmodifiableMap(new LinkedHashMap<>(languageWords));
        this.zones = Map.copyOf(zones);
        this.furnitureTokens = Set.copyOf(list("furniture-token"));
        this.furnitureLines = Set.copyOf(list("furniture-line"));
    }

    /** The rules shipped with kabar. */
    public static PageRules defaults() {
        Map<String, List<String>> entries = new HashMap<>();
        read("page-classes.txt", entries);
        read("page-labels.txt", entries);
        Map<String, List<String>> bylines = new HashMap<>();
        read("byline-words.txt", bylines);
        Map<String, List<String>> languages = new LinkedHashMap<>(); // file order breaks ties
        read("language-words.txt", languages);
        return new PageRules(entries, bylines, languages, zones("time-zones.txt"));
    }

    /** Byline words of one kind ({@code prefix}, {@code joiner}, {@code label}), lower case. */
    List<String> bylineWords(String kind) {
        return bylineWords.getOrDefault(kind, List.of());
    }

    /** Function words by ISO 639-1 code, in the file's order. */
    Map<String, List<String>> languageWords() {
        return languageWords;
    }

    /** UTC offsets of zone words printed after a time, keyed upper case ({@code WIB}). */
    Map<String, ZoneOffset> zones() {
        return zones;
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

    private static Map<String, ZoneOffset> zones(String resource) {
        Map<String, ZoneOffset> out = new HashMap<>();
        for (String line : Resources.lines(resource)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(resource + ": expected `WORD = +hh:mm`, got '" + line + "'");
            }
            out.put(line.substring(0, eq).strip().toUpperCase(Locale.ROOT), ZoneOffset.of(line.substring(eq + 1).strip()));
        }
        return out;
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
