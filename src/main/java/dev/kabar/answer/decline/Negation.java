package dev.kabar.answer.decline;

import dev.kabar.text.Terms;
import java.util.Set;

/** Whether a text says "not": a question asking what is not so is not answered by what is. */
public final class Negation {

    private static final Set<String> NEGATIONS =
            Set.of("tidak", "bukan", "tanpa", "belum", "tak", "non", "not", "never", "without", "isn");

    private Negation() {}

    /** Whether {@code text} holds a negation ({@code tidak}, {@code ketidak…}, {@code not}). */
    public static boolean in(String text) {
        return Terms.tokens(text).stream().anyMatch(t -> NEGATIONS.contains(t) || t.startsWith("ketidak"));
    }
}
