package dev.kabar.brief.invariant;

/** What a briefing must keep, one rate each in a measurement. */
public enum Invariant {
    /** A quote's speaker appears in the cited passage or earlier in its article. */
    SPEAKER_NAMED("speaker named in the text"),
    /**
     * A quote's speaker (under "who said what") reads as someone's name: capitalised words (name particles aside), at least
     * one of them no title or role word, at most five — not a bare title ("Juru Bicara Badan"), a
     * clause ("Budi lewat Twitter ketika itu") or a lower-case institution ("kementerian").
     */
    SPEAKER_A_NAME("speaker reads as a name"),
    /** A quote's speaker is no country, region, city or other place. */
    SPEAKER_NOT_PLACE("speaker not a place"),
    /** A timeline date is printed in its expression or follows from it and the article's dates. */
    DATE_FOLLOWS("timeline date follows from the text"),
    /** A key point holds no dateline, byline, related-link line, photo credit or reporter initials. */
    KEY_POINT_CLEAN("key point without furniture"),
    /** Every item's citations exist, its text is verbatim in a passage it cites, and every citation is used. */
    CITATIONS_RESOLVE("citations resolve");

    private final String label;

    Invariant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
