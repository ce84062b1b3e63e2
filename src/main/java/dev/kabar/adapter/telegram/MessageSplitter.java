package dev.kabar.adapter.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits HTML message text into pieces Telegram accepts (at most {@value #LIMIT} characters),
 * preferring paragraph boundaries, then line ends, then spaces — never inside a tag, an element
 * ({@code <a …>…</a>}), an entity ({@code &amp;}) or a {@code [n]} marker, none of which contain a
 * break outside a tag.
 */
final class MessageSplitter {

    static final int LIMIT = 4096;

    private final int limit;

    MessageSplitter() {
        this(LIMIT);
    }

    MessageSplitter(int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit must be >= 16, was " + limit);
        }
        this.limit = limit;
    }

    List<String> split(String html) {
        List<String> parts = new ArrayList<>();
        String rest = html.strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The best place to cut within the first {@code limit} characters. */
    private int cutPoint(String s) {
        int paragraph = -1;
        int line = -1;
        int space = -1;
        int depth = 0;
        boolean inTag = false;
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '<') {
                inTag = true;
                depth += i + 1 < s.length() && s.charAt(i + 1) == '/' ? -1 : 1;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag && depth == 0 && Character.isWhitespace(c) && i > 0) {
                if (c == '\n' && s.charAt(i - 1) == '\n') {
                    paragraph = i;
                } else if (c == '\n') {
                    line = i;
                } else {
                    space = i;
                }
            }
        }
        for (int best : new int[] {paragraph, line, space}) {
            if (best > limit / 4) {
                return best;
            }
        }
        // one unbroken word longer than the limit: cut it, but not inside an entity or tag
        int cut = limit;
        int amp = s.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 10 && s.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        int lt = s.lastIndexOf('<', cut - 1);
        if (lt >= 0 && s.indexOf('>', lt) >= cut) {
            cut = lt;
        }
        return Math.max(1, cut);
    }
}
