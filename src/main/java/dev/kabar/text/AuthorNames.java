package dev.kabar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authors of a byline one by one: {@code Rina Halim dan Tomas Ortega-Lee} → {@code Rina Halim},
 * {@code Tomas Ortega-Lee}; the joining words and prefixes come from {@code byline-words.txt}.
 */
public final class AuthorNames {

    private static final Set<String> JOINS = words("join");
    private static final Set<String> PREFIXES = words("prefix");

    private AuthorNames() {}

    private static Set<String> words(String kind) {
        return WordFile.rows("byline-words.txt").stream()
                .filter(r -> r.size() == 2 && r.getFirst().equals(kind))
                .map(r -> r.get(1))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Each author named in {@code byline}, in order; empty for a blank byline. */
    public static List<String> of(String byline) {
        List<String> out = new ArrayList<>();
        List<String> name = new ArrayList<>();
        String[] words = byline.replace(",", " , ").replace(";", " ; ").strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT).replace(":", "");
            if (i == 0 && PREFIXES.contains(lower)) {
                continue;
            }
            if (w.equals(",") || w.equals(";") || JOINS.contains(lower)) {
                flush(name, out);
            } else if (!w.isBlank() && !w.equals(":")) {
                name.add(w);
            }
        }
        flush(name, out);
        return List.copyOf(out);
    }

    /** The authors joined for a sentence: {@code A}, {@code A and B}, {@code A, B and C} with the language's "and". */
    public static String joined(List<String> authors, String and) {
        if (authors.size() <= 1) {
            return authors.isEmpty() ? "" : authors.getFirst();
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " " + and + " " + authors.getLast();
    }

    /** A name folded for matching: lower case, single spaces. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static void flush(List<String> name, List<String> out) {
        if (!name.isEmpty()) {
            out.add(String.join(" ", name));
            name.clear();
        }
    }
}
