package dev.kabar.retrieval.lucene;

/**
 * Makes arbitrary user text safe and bounded for analysis: control characters become spaces,
 * invisible format characters (zero-width spaces and joiners, bidirectional marks, BOM) and lone
 * surrogates are dropped — so {@code Kab\u200Bupaten} is still {@code Kabupaten} — and anything past
 * {@link #MAX_CHARS} is ignored.
 */
final class QueryText {

    /** Only the first 64 content words count anyway; this bounds the work on a pasted article. */
    static final int MAX_CHARS = 10_000;

    private QueryText() {}

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        int n = Math.min(text.length(), MAX_CHARS);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                if (Character.getType(cp) != Character.FORMAT) {
                    sb.appendCodePoint(cp);
                }
            } else if (Character.isISOControl(c)) {
                sb.append(' ');
            } else if (!Character.isSurrogate(c) && Character.getType(c) != Character.FORMAT) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
