package dev.kabar.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one reader of the word lists bundled under {@code dev/kabar/text/}: what kabar knows of the
 * language lives in those files, not in Java. Lines are stripped; blank lines and {@code #}
 * comments are skipped.
 */
final class WordFile {

    private WordFile() {}

    /** The meaningful lines of {@code name} (e.g. {@code months.txt}), in file order. */
    static List<String> lines(String name) {
        try (InputStream in = WordFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the build: rebuild kabar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + name + ": " + e.getMessage(), e);
        }
    }

    /** Each meaningful line of {@code name} split into its whitespace-separated fields. */
    static List<List<String>> rows(String name) {
        return lines(name).stream().map(l -> List.of(l.split("\\s+"))).toList();
    }

    /**
     * The words of each kind in a file of {@code kind word word …} rows (a kind may span several
     * rows), unmodifiable.
     */
    static Map<String, Set<String>> kinds(String name) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> row : rows(name)) {
            out.computeIfAbsent(row.getFirst(), k -> new HashSet<>()).addAll(row.subList(1, row.size()));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
