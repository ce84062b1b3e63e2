package dev.kabar.ingestion;

import dev.kabar.article.Passage;
import dev.kabar.text.BackReference;
import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a cleaned article body into passages, the unit of retrieval and citation.
 *
 * <p>Paragraphs (separated by a blank line) are the starting point because a news paragraph is
 * usually one self-contained point. A paragraph shorter than {@code minChars} (a heading, a one-line
 * quote) is joined with the paragraphs after it until the group reaches {@code minChars}, so a
 * heading travels with the text it introduces; a short group at the very end joins the one before
 * when they fit in {@code maxChars}. A group longer than {@code maxChars} is cut at sentence
 * boundaries into chunks of at most {@code maxChars}; a single sentence longer than that stays whole,
 * unless it is a run-on of over {@link #RUN_ON} times {@code maxChars}, which is cut at spaces.
 * A paragraph that opens by pointing back ("Hal ini …", "Ia …") stays with the passage before it
 * when they fit, so neither a reader nor the answer check meets it without what it refers to.
 */
public final class PassageSplitter {

    public static final int DEFAULT_MIN_CHARS = 250;
    public static final int DEFAULT_MAX_CHARS = 800;

    /** A "sentence" over this many times maxChars is cut into pieces. */
    static final int RUN_ON = 4;

    private final int minChars;
    private final int maxChars;
    private final SentenceSplitter sentences;

    public PassageSplitter() {
        this(DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS);
    }

    public PassageSplitter(int minChars, int maxChars) {
        if (minChars < 0) {
            throw new IllegalArgumentException("minChars must be >= 0, was " + minChars);
        }
        if (maxChars < 1 || maxChars < minChars) {
            throw new IllegalArgumentException(
                    "maxChars must be >= 1 and >= minChars (" + minChars + "), was " + maxChars);
        }
        this.minChars = minChars;
        this.maxChars = maxChars;
        this.sentences = new SentenceSplitter();
    }

    public int minChars() {
        return minChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /** The passages of {@code text}, numbered from 1, with offsets into {@code text}. */
    public List<Passage> split(String articleId, String text) {
        Objects.requireNonNull(articleId, "articleId");
        List<Passage> out = new ArrayList<>();
        for (Span group : groups(text, paragraphs(text))) {
            for (Span chunk : chunks(text, group)) {
                out.add(Passage.of(articleId, out.size() + 1, chunk.of(text), chunk.start(), chunk.end()));
            }
        }
        return out;
    }

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int gap = text.indexOf("\n\n", from);
            int to = gap < 0 ? text.length() : gap;
            Span trimmed = trim(text, from, to);
            if (trimmed.length() > 0) {
                out.add(trimmed);
            }
            from = to + 2;
        }
        return out;
    }

    private List<Span> groups(String text, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        Span group = null;
        for (Span p : paragraphs) {
            if (group == null && !out.isEmpty() && BackReference.opens(p.of(text))
                    && p.end() - out.getLast().start() <= maxChars) {
                out.set(out.size() - 1, new Span(out.getLast().start(), p.end())); // keep "Hal ini …" with its antecedent
                continue;
            }
            if (group != null && isHeading(text, p)) {
                flushShort(out, group); // a heading opens the next group instead of closing this one
                group = null;
            }
            group = group == null ? p : new Span(group.start(), p.end());
            if (group.length() >= minChars) {
                out.add(group);
                group = null;
            }
        }
        if (group != null) {
            flushShort(out, group);
        }
        return out;
    }

    /** A short group joins the group before it when both fit in maxChars, else stands alone. */
    private void flushShort(List<Span> out, Span group) {
        Span last = out.isEmpty() ? null : out.getLast();
        if (last != null && group.end() - last.start() <= maxChars) {
            out.set(out.size() - 1, new Span(last.start(), group.end()));
        } else {
            out.add(group);
        }
    }

    /** A short paragraph not ending like a sentence: "1. Kerja sama ...", "‘DUKUNGAN TANPA SYARAT’". */
    private boolean isHeading(String text, Span p) {
        if (p.length() >= minChars) {
            return false;
        }
        int end = p.end();
        while (end > p.start() && "”’\"')".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > p.start() && ".!?…,:;".indexOf(text.charAt(end - 1)) < 0;
    }

    private List<Span> chunks(String text, Span group) {
        if (group.length() <= maxChars) {
            return List.of(group);
        }
        List<Span> out = new ArrayList<>();
        int chunkStart = -1;
        int chunkEnd = -1;
        for (Span s : pieces(text, group)) {
            int start = s.start();
            int end = s.end();
            if (chunkStart >= 0 && end - chunkStart > maxChars) {
                out.add(new Span(chunkStart, chunkEnd));
                chunkStart = -1;
            }
            if (chunkStart < 0) {
                chunkStart = start;
            }
            chunkEnd = end;
        }
        if (chunkStart >= 0) {
            out.add(new Span(chunkStart, chunkEnd));
        }
        return out;
    }

    /**
     * The group's sentences (offsets into {@code text}). A "sentence" over {@link #RUN_ON} times
     * maxChars is no sentence but text without full stops, or junk: it is cut at spaces into pieces
     * of at most maxChars, so no passage (and no cited quote) grows without bound.
     */
    private List<Span> pieces(String text, Span group) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences.split(group.of(text))) {
            int from = group.start() + s.start();
            int end = group.start() + s.end();
            if (end - from > RUN_ON * maxChars) {
                while (end - from > maxChars) {
                    int cut = cutPoint(text, from);
                    out.add(trim(text, from, cut));
                    from = trim(text, cut, end).start();
                }
            }
            out.add(new Span(from, end));
        }
        return out;
    }

    /** The last space within maxChars of {@code from}, else maxChars on (never inside a surrogate pair). */
    private int cutPoint(String text, int from) {
        int space = text.lastIndexOf(' ', from + maxChars);
        if (space > from) {
            return space;
        }
        int cut = from + maxChars;
        return Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > from ? cut - 1 : cut;
    }

    private static Span trim(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Span(from, to);
    }
}
