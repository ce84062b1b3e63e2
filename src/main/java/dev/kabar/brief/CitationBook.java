package dev.kabar.brief;

import dev.kabar.answer.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers the sentences a briefing cites, in order of first use, one citation per sentence. */
final class CitationBook {

    private final Map<String, Citation> byKey = new LinkedHashMap<>();

    List<Integer> cite(List<Sentence> sources) {
        List<Integer> numbers = new ArrayList<>();
        for (Sentence s : sources) {
            String key = s.passage().id() + "\u0000" + s.text();
            Citation c = byKey.computeIfAbsent(key, k -> new Citation(byKey.size() + 1, s.passage(), s.article(), s.text()));
            if (!numbers.contains(c.n())) {
                numbers.add(c.n());
            }
        }
        return numbers;
    }

    List<Integer> cite(Sentence source) {
        return cite(List.of(source));
    }

    List<Citation> citations() {
        return List.copyOf(byKey.values());
    }
}
