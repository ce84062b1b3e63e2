package dev.kabar.ingestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from raw article text and picks up the title, outlet, byline and date the
 * text gives, all driven by {@link FurnitureRules}. Every non-empty line is one paragraph.
 */
public final class ArticleCleaner {

    private static final int MIN_GLUED_TITLE = 10;
    /** How many leading paragraphs may hold the dateline (a deck/sub-headline can come first). */
    private static final int DATELINE_LINES = 2;

    private final FurnitureRules rules;

    public ArticleCleaner(FurnitureRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Cleans a text file's content whose first non-empty line is the headline. */
    public CleanedText cleanWithTitleLine(String raw) {
        List<String> lines = paragraphs(raw);
        String title = lines.isEmpty() ? "" : lines.removeFirst();
        return clean(title, lines);
    }

    /** Cleans an article body whose headline, possibly empty, is known separately. */
    public CleanedText cleanBody(String raw, String title) {
        return clean(normalize(title), paragraphs(raw));
    }

    private CleanedText clean(String rawTitle, List<String> lines) {
        Meta meta = new Meta();
        String title = cleanTitle(rawTitle, meta);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (rules.startsFooter(line)) {
                break;
            }
            if (meta.takeFrom(rules, line) || isFurniture(lines, i, title)) {
                continue;
            }
            String stripped = rules.stripSuffix(RuleKind.STRIP_SUFFIX_REGEX, line);
            if (!stripped.isEmpty()) {
                kept.add(stripped);
            }
        }
        stripDateline(kept, meta);
        int removed = lines.size() - kept.size();
        return new CleanedText(title, String.join("\n\n", kept), meta.outlet, meta.byline, meta.published, removed);
    }

    private String cleanTitle(String raw, Meta meta) {
        String title = rules.stripSuffix(RuleKind.CAPTION_CREDIT_REGEX, raw);
        for (Pattern p : rules.patterns(RuleKind.TITLE_SUFFIX_REGEX)) {
            Matcher m = p.matcher(title);
            if (m.find() && m.end() == title.length()) {
                meta.outlet(rules, group(m, "outlet"));
                title = title.substring(0, m.start()).strip();
            }
        }
        return title;
    }

    private boolean isFurniture(List<String> lines, int i, String title) {
        String line = lines.get(i);
        return rules.dropsLine(line)
                || rules.isCaption(line)
                || isTruncatedRepeat(line, i + 1 < lines.size() ? lines.get(i + 1) : "")
                || isGluedToTitle(line, title);
    }

    private boolean isTruncatedRepeat(String line, String next) {
        int min = rules.truncatedRepeatMin();
        return min > 0 && line.length() >= min && next.length() > line.length() && next.startsWith(line);
    }

    private boolean isGluedToTitle(String line, String title) {
        return rules.dropTitleGluedLine()
                && title.length() >= MIN_GLUED_TITLE
                && line.length() > title.length()
                && line.startsWith(title)
                && Character.isLetterOrDigit(line.charAt(title.length()));
    }

    /** Cuts the dateline off the first body paragraph; a deck line may come before it. */
    private void stripDateline(List<String> kept, Meta meta) {
        for (int i = 0; i < Math.min(DATELINE_LINES, kept.size()); i++) {
            String line = kept.get(i);
            for (Pattern p : rules.patterns(RuleKind.DATELINE_REGEX)) {
                Matcher m = p.matcher(line);
                if (m.lookingAt() && m.end() < line.length()) {
                    meta.outlet(rules, group(m, "outlet"));
                    kept.set(i, line.substring(m.end()).strip());
                    return;
                }
            }
        }
    }

    static String group(Matcher m, String name) {
        return m.namedGroups().containsKey(name) && m.group(name) != null ? m.group(name).strip() : "";
    }

    /** Non-empty lines with whitespace normalised: one paragraph each. */
    static List<String> paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || isLineBreak(raw.charAt(i))) { // what \R matches, one char at a time
                String clean = normalize(raw.substring(start, i));
                if (!clean.isEmpty()) {
                    out.add(clean);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** A character {@code \R} matches on its own (CR LF is two breaks here: the empty line between is dropped). */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\u000C' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Invisible characters removed, runs of spaces, tabs and no-break spaces made one space, then stripped: the
     * two regex replacements written as one pass, as this runs on every line of every article.
     */
    static String normalize(String line) {
        StringBuilder out = null;
        boolean inSpaces = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isInvisible(c)) {
                out = out == null ? new StringBuilder(line.length()).append(line, 0, i) : out;
            } else if (isSpace(c)) {
                if (out == null && (inSpaces || c != ' ')) {
                    out = new StringBuilder(line.length()).append(line, 0, inSpaces ? i - 1 : i).append(' ');
                } else if (out != null && !inSpaces) {
                    out.append(' ');
                }
                inSpaces = true;
            } else {
                inSpaces = false;
                if (out != null) {
                    out.append(c);
                }
            }
        }
        return (out == null ? line : out.toString()).strip();
    }

    /**
     * Zero-width characters, control characters (an ESC in a quoted sentence would drive the reader's
     * terminal) and bidi embeddings, overrides and isolates (they can show a quote reversed).
     */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF'
                || c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Metadata found so far; the first value found wins. */
    private static final class Meta {
        String outlet = "";
        String byline = "";
        LocalDate published;

        void outlet(FurnitureRules rules, String printed) {
            if (outlet.isEmpty() && !printed.isEmpty()) {
                outlet = rules.outletName(printed);
            }
        }

        boolean takeFrom(FurnitureRules rules, String line) {
            return rules.firstMatch(RuleKind.META_LINE_REGEX, line, true).map(m -> {
                if (byline.isEmpty()) {
                    byline = group(m, "byline");
                }
                if (published == null) {
                    published = NewsDate.parse(group(m, "date")).orElse(null);
                }
                outlet(rules, group(m, "outlet"));
                return true;
            }).orElse(false);
        }
    }
}
