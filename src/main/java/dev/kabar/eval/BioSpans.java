package dev.kabar.eval;

import java.util.ArrayList;
import java.util.List;

/** Token spans marked by BIO labels: {@code B} begins a span, {@code I} continues it, {@code O} is outside. */
final class BioSpans {

    private BioSpans() {}

    /**
     * Inclusive {@code [first, last]} token indexes of each span. An {@code I} with no span open
     * starts one (annotators sometimes forget the {@code B}).
     *
     * @throws IllegalArgumentException on a label other than B, I or O
     */
    static List<int[]> decode(List<String> labels) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i).strip();
            switch (label) {
                case "B" -> {
                    close(spans, start, i);
                    start = i;
                }
                case "I" -> start = start < 0 ? i : start;
                case "O" -> {
                    close(spans, start, i);
                    start = -1;
                }
                default -> throw new IllegalArgumentException("label '" + label + "' at token " + i
                        + " is not B, I or O");
            }
        }
        close(spans, start, labels.size());
        return spans;
    }

    private static void close(List<int[]> spans, int start, int end) {
        if (start >= 0) {
            spans.add(new int[] {start, end - 1});
        }
    }
}
