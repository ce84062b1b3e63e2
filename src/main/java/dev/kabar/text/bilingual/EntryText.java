package dev.kabar.text.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Indonesian translations in one FreeDict entry, in the dictionary's order. An entry is a
 * header line ({@code ministry /ˈmɪnɪstɹi/ <n>}), then per sense a line of comma-separated
 * translations (numbered {@code 1. …} when there are several senses) and usually an English gloss
 * line. The first line after the header is always translations; later ones only when numbered.
 */
final class EntryText {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s+(.*)$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s+\\d+\\.\\s*$");
    /** A translation longer than this many words is a definition, not a word to search for. */
    private static final int MAX_WORDS = 3;

    private EntryText() {}

    static List<String> translations(String entry) {
        String[] lines = entry.split("\n");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            Matcher numbered = NUMBERED.matcher(lines[i]);
            if (numbered.matches()) {
                addAll(out, numbered.group(1));
            } else if (i == 1) {
                addAll(out, lines[i]);
            }
        }
        return out;
    }

    private static void addAll(List<String> out, String line) {
        String cleaned = TRAILING_NUMBER.matcher(line).replaceFirst("").strip();
        for (String part : cleaned.split("[,;]")) {
            String t = part.strip();
            if (!t.isEmpty() && !t.contains("(") && !t.contains("/") && t.split("\\s+").length <= MAX_WORDS
                    && !out.contains(t)) {
                out.add(t);
            }
        }
    }
}
