package dev.kabar.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases that ask for the newest news or a day's news ({@code recency-cues.txt}): "terbaru",
 * "latest", "hari ini", "kemarin", and the framing words such a question is made of ("apa yang
 * terjadi", "berita", "about"). Longest phrase first within each kind.
 */
public final class RecencyCues {

    private static final Map<String, List<String>> KINDS = kinds();

    private RecencyCues() {}

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> out = new HashMap<>();
        for (List<String> row : WordFile.rows("recency-cues.txt")) {
            out.computeIfAbsent(row.getFirst(), k -> new ArrayList<>()).add(String.join(" ", row.subList(1, row.size())));
        }
        Map<String, List<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> {
            v.sort(Comparator.comparingInt(String::length).reversed());
            frozen.put(k, List.copyOf(v));
        });
        return Map.copyOf(frozen);
    }

    /** The phrases of one kind: {@code newest}, {@code today}, {@code yesterday} or {@code frame}. */
    public static List<String> of(String kind) {
        return KINDS.getOrDefault(kind, List.of());
    }
}
