package dev.kabar.text;

import java.util.List;

/**
 * Words and phrases that give a reason or a purpose ({@code reason-markers.txt}): {@code karena},
 * {@code akibat}, {@code agar}, {@code because}, {@code so that}. A sentence answering "mengapa" or
 * "why" holds one.
 */
public final class ReasonMarkers {

    private static final List<List<String>> MARKERS = WordFile.lines("reason-markers.txt").stream()
            .map(l -> List.of(l.split("\\s+")))
            .toList();

    private ReasonMarkers() {}

    /** Whether the folded words hold a reason marker, a phrase's words in a row. */
    public static boolean in(List<String> folded) {
        for (int i = 0; i < folded.size(); i++) {
            for (List<String> marker : MARKERS) {
                if (startsAt(folded, i, marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<String> folded, int i, List<String> marker) {
        if (i + marker.size() > folded.size()) {
            return false;
        }
        for (int k = 0; k < marker.size(); k++) {
            if (!folded.get(i + k).equals(marker.get(k))) {
                return false;
            }
        }
        return true;
    }
}
