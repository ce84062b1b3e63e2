package dev.kabar.ingestion;

import java.util.regex.Pattern;

/**
 * A rule's regex with what its source says about where a match can be, so that the common case —
 * a line the rule does not touch — is settled without running the regex over the whole line.
 * {@link java.util.regex.Matcher#find()} tries a match at every position, and rule files run ~20 regexes over
 * every line of every article.
 *
 * <ul>
 *   <li>A pattern anchored at the start ({@code ^…}, after inline flags, no top-level
 *       {@code |}, no {@code (?m)}) can only match at position 0: it is tried there only.
 *   <li>A pattern ending in a literal punctuation mark and {@code $} ({@code …\)$}) can only match
 *       a line ending in that mark.
 *   <li>A pattern with a run of plain characters at its top level (no {@code |}, no flags) can only
 *       match a line containing that run: {@link String#contains} looks first.
 * </ul>
 *
 * @param startAnchored whether a match can only start at position 0
 * @param lastChar the character a matching line must end with, or {@code 0} when any
 * @param literal text every match contains ({@code Verified Writer} in {@code \\bVerified Writer\\b}),
 *     or empty when the source names none for sure
 */
record LinePattern(Pattern pattern, boolean startAnchored, char lastChar, String literal) {

    /** An inline flag group that turns multi-line mode on (or any flag off): anchors then mean lines. */
    private static final Pattern INLINE_MULTILINE = Pattern.compile("\\(\\?[a-zA-Z]*(m|-)");

    static LinePattern of(Pattern pattern) {
        String source = pattern.pattern();
        boolean single = !hasTopLevelAlternation(source) && (pattern.flags() & Pattern.MULTILINE) == 0
                && !INLINE_MULTILINE.matcher(source).find() && !source.contains("\\Q");
        String body = withoutLeadingFlags(source);
        // Unicode classes (which imply Unicode case) keep a plain run plain; any other flag may not
        boolean plain = single && (pattern.flags() & ~(Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE)) == 0
                && !source.contains("(?");
        return new LinePattern(pattern, single && body.startsWith("^"), single ? requiredLastChar(source) : 0,
                plain ? longestLiteral(source) : "");
    }

    /** Whether the pattern matches somewhere in {@code line}, as {@code matcher(line).find()} says. */
    boolean finds(String line) {
        if (lastChar != 0 && !endsWith(line, lastChar) || !line.contains(literal)) {
            return false;
        }
        var m = pattern.matcher(line);
        return startAnchored ? m.lookingAt() : m.find();
    }

    /** Whether a match ending at the end of {@code text} is possible at all. */
    boolean mayEndAtEnd(String text) {
        return lastChar == 0 || endsWith(text, lastChar);
    }

    /** {@code $} also matches before a final line terminator. */
    private static boolean endsWith(String line, char c) {
        int end = line.length();
        while (end > 0 && isTerminator(line.charAt(end - 1))) {
            end--;
        }
        return end > 0 && line.charAt(end - 1) == c;
    }

    private static boolean isTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static String withoutLeadingFlags(String source) {
        String s = source;
        while (s.matches("(?s)\\(\\?[a-zA-Z]+\\).*")) {
            s = s.substring(s.indexOf(')') + 1);
        }
        return s;
    }

    /** The punctuation mark before a final {@code $} when it is escaped ({@code \)$}); else 0. */
    private static char requiredLastChar(String source) {
        int n = source.length();
        if (n < 3 || source.charAt(n - 1) != '$' || source.charAt(n - 3) != '\\' || escaped(source, n - 3)) {
            return 0;
        }
        char c = source.charAt(n - 2);
        return Character.isLetterOrDigit(c) || Character.isWhitespace(c) ? 0 : c;
    }

    /** Whether the character at {@code i} is itself escaped by an odd run of backslashes before it. */
    private static boolean escaped(String s, int i) {
        int run = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            run++;
        }
        return run % 2 == 1;
    }

    /**
     * The longest run of plain characters outside groups and classes, each standing for itself
     * (a character a quantifier applies to ends the run without it). Only for a pattern without
     * top-level {@code |}, whose every match then contains the run.
     */
    static String longestLiteral(String source) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            boolean quantified = i + 1 < source.length() && "?*+{".indexOf(source.charAt(i + 1)) >= 0;
            if (depth == 0 && !quantified && isPlain(c)) {
                run.append(c);
                continue;
            }
            if (depth == 0 && !quantified && c == '\\' && i + 1 < source.length() && isEscapedMark(source, i + 1)) {
                run.append(source.charAt(++i));
                continue;
            }
            best = run.length() > best.length() ? run.toString() : best;
            run.setLength(0);
            if (c == '\\') {
                if (++i < source.length() && "xu0cNk".indexOf(source.charAt(i)) >= 0) {
                    return ""; // a code point or named escape: its arguments are not literal text
                }
            } else if (c == '{') {
                i = source.indexOf('}', i) < 0 ? source.length() : source.indexOf('}', i);
            } else if (c == '[') {
                i = classEnd(source, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    private static boolean isPlain(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == ':' || c == ',' || c == '-' || c == '\'' || c == '/';
    }

    /** {@code \\.}, {@code \\(} and the like: an escaped punctuation mark not followed by a quantifier. */
    private static boolean isEscapedMark(String source, int i) {
        char c = source.charAt(i);
        boolean quantified = i + 1 < source.length() && "?*+{".indexOf(source.charAt(i + 1)) >= 0;
        return !quantified && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    /** The index of the {@code ]} closing the class opened at {@code open}. */
    private static int classEnd(String source, int open) {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return source.length();
    }

    /** A {@code |} outside any group and character class: the pattern has alternatives at its top. */
    static boolean hasTopLevelAlternation(String source) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, whatever it is
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
