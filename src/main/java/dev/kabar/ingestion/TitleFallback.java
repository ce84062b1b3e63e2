package dev.kabar.ingestion;

/**
 * A headline for an article that came without one: its first paragraph; when longer than
 * {@value #MAX_CHARS} characters, the sentences that fit, else a cut at a word boundary with " …".
 */
final class TitleFallback {

    static final int MAX_CHARS = 120;

    private TitleFallback() {}

    static String of(String body) {
        int end = body.indexOf('\n');
        String first = end < 0 ? body : body.substring(0, end);
        if (first.length() <= MAX_CHARS) {
            return first;
        }
        int stop = first.lastIndexOf(". ", MAX_CHARS);
        if (stop > MAX_CHARS / 3) {
            return first.substring(0, stop + 1); // the first sentence(s) that fit
        }
        int space = first.lastIndexOf(' ', MAX_CHARS);
        return first.substring(0, space > 0 ? space : MAX_CHARS) + " …";
    }
}
