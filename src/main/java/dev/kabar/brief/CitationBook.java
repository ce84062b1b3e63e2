package dev.kabar.brief;

import dev.kabar.answer.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the passages a briefing cites, in order of first use: one number per passage, as in
 * answers, so a reader never meets the same paragraph under two numbers. A citation quotes the
 * sentence of its first use, the most important one since sections are built key points first;
 * later items citing the same passage quote other sentences of it, all verbatim in its text.
 */
final class CitationBook {

    private final Map<String, Citation> byPassage = new LinkedHashMap<>();

    List<Integer> cite(List<SourceSentence> sources) {
        List<Integer> numbers = new ArrayList<>();
        for (SourceSentence s : sources) {
            Citation c = byPassage.computeIfAbsent(s.passage().id(),
                    k -> new Citation(byPassage.size() + 1, s.passage(), s.article(), s.text()));
            if (!numbers.contains(c.n())) {
                numbers.add(c.n());
            }
        }
        return numbers;
    }

    List<Integer> cite(SourceSentence source) {
        return cite(List.of(source));
    }

    List<Citation> citations() {
        return List.copyOf(byPassage.values());
    }
}
