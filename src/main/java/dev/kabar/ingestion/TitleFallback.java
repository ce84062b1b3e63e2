package dev.kabar.ingestion;

/**
 * A headline for an article that came without one: its first paragraph, cut at a word boundary when
 * long (IndoSum paragraphs run to several sentences).
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
        int space = first.lastIndexOf(' ', MAX_CHARS);
        return first.substring(0, space > 0 ? space : MAX_CHARS) + " …";
    }
}
