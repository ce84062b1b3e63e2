package dev.kabar.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a question asks who did something ({@code deed-frames.txt}): "Who <i>won</i> the fight …".
 * Indonesian names the one who did it by a noun of the deed ({@code pemenang}, {@code pembeli},
 * {@code penulis}); a sentence holding that noun answers only where a name is tied to it.
 */
public final class DeedFrames {

    private static final Map<String, Set<String>> KINDS = WordFile.kinds("deed-frames.txt");

    private DeedFrames() {}

    /** The token index in {@code folded} of the deed asked about, or -1. English only: the word after "who". */
    public static int deedAt(List<String> folded, Language language) {
        if (language != Language.EN) {
            return -1;
        }
        for (int w = 0; w + 1 < folded.size(); w++) {
            if (KINDS.get("en-asking").contains(folded.get(w))) {
                return KINDS.get("en-auxiliary").contains(folded.get(w + 1)) ? -1 : w + 1;
            }
        }
        return -1;
    }

    /** Whether a folded word ties a doer named by role to a name ({@code sebagai}, {@code adalah}). */
    public static boolean link(String folded) {
        return KINDS.get("link").contains(folded);
    }

    /**
     * Whether a folded word is the noun of its deed's doer: the {@code pe-} form of the stem ({@code pemenang}
     * of {@code menang}, {@code pembeli} of {@code beli}), not a verb ({@code memenangkan}).
     */
    public static boolean doerNoun(String folded, String stem) {
        return folded.startsWith("pe") && !folded.equals(stem) && !stem.startsWith("pe");
    }
}
