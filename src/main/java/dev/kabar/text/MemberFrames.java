package dev.kabar.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a question asks for the named members of a kind ({@code member-frames.txt}): "Which
 * <i>players</i> does … want to sign", "What <i>treaties</i> did … replace". The answer names them
 * ("pemain seperti …", "perjanjian … pada 1998"); a sentence that holds only the kind word does not.
 */
public final class MemberFrames {

    private static final Map<String, Set<String>> KINDS = WordFile.kinds("member-frames.txt");

    /** The kind word may stand this many words after "which" ("Which earlier treaties did …"). */
    private static final int KIND_REACH = 2;

    private MemberFrames() {}

    private static boolean in(String kind, String folded) {
        return KINDS.getOrDefault(kind, Set.of()).contains(folded);
    }

    /**
     * The token index in {@code folded} of the kind whose members the question asks for, or -1 when
     * it asks for none. English only: a plural after "which" or "what" that an auxiliary follows
     * ("Which players does"), or a plural right after "which" ("Which countries signed").
     */
    public static int kindAt(List<String> folded, Language language) {
        if (language != Language.EN) {
            return -1;
        }
        for (int w = 0; w < folded.size(); w++) {
            if (!in("en-asking", folded.get(w))) {
                continue;
            }
            for (int k = w + 1; k <= Math.min(w + KIND_REACH, folded.size() - 1); k++) {
                boolean auxiliaryNext = k + 1 < folded.size() && in("en-auxiliary", folded.get(k + 1));
                boolean whichThen = k == w + 1 && folded.get(w).equals("which");
                if (plural(folded.get(k)) && (auxiliaryNext || whichThen)) {
                    return k;
                }
            }
            return -1;
        }
        return -1;
    }

    /** An English plural, as far as spelling tells: "players", "countries"; not "bus", "class", "this". */
    static boolean plural(String folded) {
        return folded.length() > 3 && folded.endsWith("s") && !folded.endsWith("ss") && !folded.endsWith("us")
                && !folded.endsWith("is") && !in("en-not-plural", folded) && !in("en-auxiliary", folded);
    }
}
