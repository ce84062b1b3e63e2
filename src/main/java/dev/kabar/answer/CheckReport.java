package dev.kabar.answer;

import java.util.List;

/**
 * What the citation check changed in a model's draft before anyone saw it.
 *
 * @param removedMarkers numbers of {@code [n]} markers that named no retrieved passage
 * @param recitedSentences sentences moved to a retrieved passage that holds their facts
 * @param droppedSentences sentences removed because no retrieved passage holds their facts
 */
public record CheckReport(List<Integer> removedMarkers, List<String> recitedSentences, List<String> droppedSentences) {

    public CheckReport {
        removedMarkers = List.copyOf(removedMarkers);
        recitedSentences = List.copyOf(recitedSentences);
        droppedSentences = List.copyOf(droppedSentences);
    }

    public static CheckReport clean() {
        return new CheckReport(List.of(), List.of(), List.of());
    }

    public boolean changed() {
        return !removedMarkers.isEmpty() || !recitedSentences.isEmpty() || !droppedSentences.isEmpty();
    }
}
