package dev.kabar.ingestion;

/**
 * A headline for an article that came without a usable one: its first paragraph; when longer than
 * {@value #MAX_CHARS} characters, the sentences that fit, else a cut at a word boundary with " …".
 */
final class TitleFallback {

    static final int MAX_CHARS = 120;

    private TitleFallback() {}

    /**
     * {@code title} when it reads as a headline, else the fallback from {@code body}. Empty, or
     * starting with a lower-case letter, is no headline: "di Kabupaten Contoh, Budi dan Ani ..." is the tail
     * of a photo caption left after page furniture was cut off it.
     */
    static String choose(String title, String body) {
        boolean fragment = !title.isEmpty() && Character.isLowerCase(title.codePointAt(0));
        return title.isEmpty() || fragment && !body.isBlank() ? of(body) : title;
    }

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
