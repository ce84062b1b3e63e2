package dev.kabar.answer.extractive;

import dev.kabar.answer.Citation;
import dev.kabar.retrieval.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers cited passages 1..k in order of first use, one number per passage: a passage cited for
 * two sentences keeps its number and its quote holds both sentences.
 */
final class CitationLedger {

    private record Entry(int n, Hit hit, List<String> quotes) {}

    private final Map<String, Entry> byPassage = new LinkedHashMap<>();

    /** The markers ({@code [1][2]}) for a statement supported by {@code sources}, each quoting its own sentence. */
    String cite(List<Source> sources) {
        StringBuilder markers = new StringBuilder();
        for (Source s : sources) {
            Entry e = byPassage.computeIfAbsent(
                    s.hit().passage().id(), id -> new Entry(byPassage.size() + 1, s.hit(), new ArrayList<>()));
            if (!e.quotes().contains(s.quote())) {
                e.quotes().add(s.quote());
            }
            if (markers.indexOf("[" + e.n() + "]") < 0) {
                markers.append('[').append(e.n()).append(']');
            }
        }
        return markers.toString();
    }

    List<Citation> citations() {
        return byPassage.values().stream()
                .map(e -> new Citation(e.n(), e.hit().passage(), e.hit().article(), String.join(" ", e.quotes())))
                .toList();
    }

    /** A passage supporting a statement, and the sentence of it that does. */
    record Source(Hit hit, String quote) {}
}
