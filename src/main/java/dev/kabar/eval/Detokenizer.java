package dev.kabar.eval;

import java.util.List;
import java.util.Set;

/**
 * Joins word tokens back into running text and remembers where each token went, so a labelled
 * token span maps to a substring of the text. Punctuation hugs the word before it
 * ({@code kata , dia .} gives {@code kata, dia.}), brackets hug their contents, a hyphen or slash
 * hugs both neighbours ({@code GA - 181} gives {@code GA-181}) and straight double quotes alternate
 * between opening and closing.
 */
final class Detokenizer {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", "!", "?", ";", ":", ")", "]", "}", "%",
            "…", "”", "’", "-", "/", "'s");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "‘", "-", "/", "$");

    /** The text and, per token, its {@code [start, end)} in the text. */
    record Joined(String text, int[] starts, int[] ends) {

        /** The text of tokens {@code from} to {@code to}, inclusive. */
        String span(int from, int to) {
            return text.substring(starts[from], ends[to]);
        }
    }

    private Detokenizer() {}

    static Joined join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        boolean quoteOpen = false;
        boolean glueNext = true; // no space before the first token
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).strip();
            if (t.isEmpty()) {
                starts[i] = sb.length();
                ends[i] = sb.length();
                continue;
            }
            boolean quote = t.equals("\"");
            boolean closing = quote && quoteOpen;
            if (!glueNext && !NO_SPACE_BEFORE.contains(t) && !closing) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(t);
            ends[i] = sb.length();
            if (quote) {
                quoteOpen = !quoteOpen;
            }
            glueNext = NO_SPACE_AFTER.contains(t) || quote && quoteOpen;
        }
        return new Joined(sb.toString(), starts, ends);
    }
}
