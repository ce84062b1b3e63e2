package dev.kabar.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text that opens by pointing back at what came before — "Hal ini …", "Ia …",
 * "Mereka …", "Dalam sebuah artikel …, ia …" — and so cannot be read, or checked, on its own
 * ({@code back-reference-openers.txt}).
 */
public final class BackReference {

    private static final List<String> OPENERS = WordFile.lines("back-reference-openers.txt");
    private static final Pattern OPENER = Pattern.compile("^(?:" + String.join("|", OPENERS) + ") \\b");

    private BackReference() {}

    public static boolean opens(CharSequence text) {
        return OPENER.matcher(text).lookingAt();
    }

    /**
     * The openers as one regular-expression alternation (no group around it), as capitalised at a
     * sentence's start, for patterns that also want other openers.
     */
    public static String openers() {
        return String.join("|", OPENERS);
    }
}
