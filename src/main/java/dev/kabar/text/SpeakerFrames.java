package dev.kabar.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a question names who spoke ({@code speaker-frames.txt}): "What did <i>the health
 * ministry</i> say about …", "Apa kata <i>Menteri Kesehatan</i> tentang …". A passage answers such a
 * question only where that speaker says something, not where someone else speaks of them.
 */
public final class SpeakerFrames {

    private static final Map<String, Set<String>> KINDS = WordFile.kinds("speaker-frames.txt");

    private SpeakerFrames() {}

    private static boolean in(String kind, String folded) {
        return KINDS.getOrDefault(kind, Set.of()).contains(folded);
    }

    /** Whether the folded verb of saying may have its speaker after it ({@code kata}, {@code ujar}, {@code said}). */
    public static boolean attributesAfter(String folded) {
        return in("attribution-after", folded);
    }

    /**
     * The token range {@code [from, to)} of {@code folded} that names the speaker, or {@code null}
     * when the question does not ask what someone said.
     */
    public static int[] speakerSlot(List<String> folded, Language language) {
        return language == Language.EN ? english(folded) : indonesian(folded);
    }

    private static int[] english(List<String> folded) {
        for (int s = 2; s < folded.size(); s++) {
            if (!in("en-saying", folded.get(s))) {
                continue;
            }
            for (int a = s - 2; a >= 0; a--) {
                if (in("en-auxiliary", folded.get(a))) {
                    return new int[] {a + 1, s};
                }
            }
            return null;
        }
        return null;
    }

    private static int[] indonesian(List<String> folded) {
        for (int s = 1; s + 1 < folded.size(); s++) {
            String before = folded.get(s - 1);
            if (!in("id-saying", folded.get(s)) || !before.equals("apa") && !before.equals("bagaimana")) {
                continue;
            }
            int end = s + 1;
            while (end < folded.size() && !in("id-topic", folded.get(end))) {
                end++;
            }
            return end > s + 1 ? new int[] {s + 1, end} : null;
        }
        return null;
    }
}
