package dev.kabar.text;

import java.util.List;
import java.util.Locale;

/**
 * Verbs and words of saying ({@code saying-verbs.txt}): what answers look for when a question asks
 * what someone said, and what briefings find quotes by. Lower case, in file order.
 */
public final class SayingVerbs {

    /** How a quote uses a verb. */
    public enum Use {
        /** The speaker follows the verb after a quote: “…,” kata X. */
        AFTER,
        /** The speaker precedes the verb: X mengatakan …. */
        BEFORE,
        /** The verb takes the words directly, without a clause or a colon. */
        DIRECT
    }

    private record Verb(String word, List<String> tags) {}

    private static final List<Verb> VERBS = WordFile.rows("saying-verbs.txt").stream()
            .map(row -> new Verb(row.getFirst(), row.subList(1, row.size())))
            .toList();

    private SayingVerbs() {}

    /** Every word of saying, tagged or not. */
    public static List<String> all() {
        return VERBS.stream().map(Verb::word).toList();
    }

    /**
     * The verbs a quote uses this way.
     *
     * @param english the English verbs (to be matched in lower case only), else the others
     */
    public static List<String> used(Use use, boolean english) {
        String tag = use.name().toLowerCase(Locale.ROOT);
        return VERBS.stream()
                .filter(v -> v.tags().contains(tag) && v.tags().contains("english") == english)
                .map(Verb::word)
                .toList();
    }
}
