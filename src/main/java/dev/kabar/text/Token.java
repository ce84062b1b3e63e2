package dev.kabar.text;

/**
 * A word of some text: where it is, how it was written and its folded form for matching.
 *
 * @param surface the characters as written
 * @param folded lower-cased, accent-free form (see {@link Terms#fold})
 */
public record Token(String surface, String folded, int start, int end) {

    /** True when written in capitals, e.g. {@code AS}, {@code PBB}. */
    public boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** True when the first character is an upper-case letter. */
    public boolean capitalized() {
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
    }
}
