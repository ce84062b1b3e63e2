package dev.kabar.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the {@code repr} of a Python list of strings, e.g. {@code ['Apa', "Jum'at", '?']}, as
 * FacQA stores its tokens and labels. Handles both quote styles and the usual backslash escapes.
 */
final class PythonList {

    private PythonList() {}

    /**
     * @throws IllegalArgumentException when {@code text} is not such a list
     */
    static List<String> parse(String text) {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            throw new IllegalArgumentException("not a Python list: " + abbreviate(s));
        }
        List<String> out = new ArrayList<>();
        int i = skipSpaces(s, 1);
        while (s.charAt(i) != ']') {
            char quote = s.charAt(i);
            if (quote != '\'' && quote != '"') {
                throw new IllegalArgumentException("expected a quoted string at " + i + " in " + abbreviate(s));
            }
            StringBuilder item = new StringBuilder();
            i = readString(s, i + 1, quote, item);
            out.add(item.toString());
            i = skipSpaces(s, i);
            if (s.charAt(i) == ',') {
                i = skipSpaces(s, i + 1);
            } else if (s.charAt(i) != ']') {
                throw new IllegalArgumentException("expected , or ] at " + i + " in " + abbreviate(s));
            }
        }
        if (i != s.length() - 1) {
            throw new IllegalArgumentException("text after the closing ] in " + abbreviate(s));
        }
        return out;
    }

    /** Reads up to the closing quote; returns the index after it. */
    private static int readString(String s, int i, char quote, StringBuilder out) {
        int end = s.length() - 1; // the final ']' can never be inside a string
        while (i < end) {
            char c = s.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' && i + 1 < end) {
                i = escape(s, i + 1, out);
            } else {
                out.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unclosed string in " + abbreviate(s));
    }

    private static int escape(String s, int i, StringBuilder out) {
        char e = s.charAt(i);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'x', 'u' -> {
                int len = e == 'x' ? 2 : 4;
                if (i + 1 + len > s.length()) {
                    throw new IllegalArgumentException("short \\" + e + " escape in " + abbreviate(s));
                }
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                return i + 1 + len;
            }
            default -> out.append(e); // \\ \' \" and anything else: the character itself
        }
        return i + 1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length()) {
            throw new IllegalArgumentException("unexpected end of " + abbreviate(s));
        }
        return i;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
