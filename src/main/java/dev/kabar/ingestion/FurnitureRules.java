package dev.kabar.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Page-furniture and metadata rules, read from a text file so that a new outlet needs no code
 * ({@code config/furniture.txt} documents the format in its header). Immutable once parsed.
 */
public final class FurnitureRules {

    private final Map<RuleKind, List<Pattern>> patterns;
    private final Map<RuleKind, List<LinePattern>> linePatterns;
    private final List<String> dropPrefixes;
    private final Map<String, String> outletNames;
    private final int captionMaxChars;
    private final int truncatedRepeatMin;
    private final boolean dropTitleGluedLine;

    private FurnitureRules(Parsed parsed) {
        Map<RuleKind, List<Pattern>> copy = new EnumMap<>(RuleKind.class);
        parsed.patterns.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
        this.patterns = copy;
        Map<RuleKind, List<LinePattern>> lines = new EnumMap<>(RuleKind.class);
        copy.forEach((kind, list) -> lines.put(kind, list.stream().map(LinePattern::of).toList()));
        this.linePatterns = lines;
        this.dropPrefixes = List.copyOf(parsed.dropPrefixes);
        this.outletNames = Map.copyOf(parsed.outletNames);
        this.captionMaxChars = parsed.captionMaxChars;
        this.truncatedRepeatMin = parsed.truncatedRepeatMin;
        this.dropTitleGluedLine = parsed.dropTitleGluedLine;
    }

    /** Reads the rules file at {@code path} (UTF-8). */
    public static FurnitureRules load(Path path) {
        try {
            return parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new FurnitureRulesException(
                    "cannot read furniture rules " + path + " — check the path (default config/furniture.txt)", e);
        }
    }

    /** Parses rule lines; errors name the 1-based line number. */
    public static FurnitureRules parse(List<String> lines) {
        return parse(lines, "furniture rules");
    }

    private static FurnitureRules parse(List<String> lines, String source) {
        Parsed parsed = new Parsed();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                parsed.add(line);
            } catch (IllegalArgumentException e) {
                throw new FurnitureRulesException(source + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new FurnitureRules(parsed);
    }

    List<Pattern> patterns(RuleKind kind) {
        return patterns.getOrDefault(kind, List.of());
    }

    /** True when a line-level drop rule (prefix or regex) matches {@code line}. */
    boolean dropsLine(String line) {
        for (String prefix : dropPrefixes) {
            if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return finds(RuleKind.DROP_LINE_REGEX, line);
    }

    boolean startsFooter(String line) {
        return finds(RuleKind.DROP_FROM_LINE_REGEX, line);
    }

    boolean isCaption(String line) {
        return line.length() <= captionMaxChars && finds(RuleKind.CAPTION_CREDIT_REGEX, line);
    }

    /** {@code text} without a trailing match of any of the {@code kind} patterns. */
    String stripSuffix(RuleKind kind, String text) {
        String out = text;
        for (LinePattern p : linePatterns.getOrDefault(kind, List.of())) {
            if (!p.mayEndAtEnd(out)) {
                continue;
            }
            Matcher m = p.pattern().matcher(out);
            if (m.find() && m.end() == out.length()) {
                out = out.substring(0, m.start()).strip();
            }
        }
        return out;
    }

    int truncatedRepeatMin() {
        return truncatedRepeatMin;
    }

    boolean dropTitleGluedLine() {
        return dropTitleGluedLine;
    }

    /** The canonical name of an outlet as printed; the printed form when no rule renames it. */
    String outletName(String printed) {
        String trimmed = printed.strip();
        return outletNames.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }

    /** The first {@code kind} pattern matching {@code text}, already matched. */
    Optional<Matcher> firstMatch(RuleKind kind, String text, boolean whole) {
        for (Pattern p : patterns(kind)) {
            Matcher m = p.matcher(text);
            if (whole ? m.matches() : m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private boolean finds(RuleKind kind, String line) {
        for (LinePattern p : linePatterns.getOrDefault(kind, List.of())) {
            if (p.finds(line)) {
                return true;
            }
        }
        return false;
    }

    /** Mutable state while parsing; never escapes {@link #parse}. */
    private static final class Parsed {
        final Map<RuleKind, List<Pattern>> patterns = new EnumMap<>(RuleKind.class);
        final List<String> dropPrefixes = new ArrayList<>();
        final Map<String, String> outletNames = new LinkedHashMap<>();
        int captionMaxChars = 300;
        int truncatedRepeatMin = 20;
        boolean dropTitleGluedLine;

        void add(String line) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("expected `kind: argument`, got '" + line + "'");
            }
            String key = line.substring(0, colon).strip();
            String arg = line.substring(colon + 1).strip();
            RuleKind kind = RuleKind.ofKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "unknown rule kind '" + key + "' — use one of " + RuleKind.allKeys()));
            if (arg.isEmpty()) {
                throw new IllegalArgumentException("rule '" + key + "' needs an argument");
            }
            switch (kind) {
                case DROP_LINE_PREFIX -> dropPrefixes.add(arg.toLowerCase(Locale.ROOT));
                case CAPTION_MAX_CHARS -> captionMaxChars = number(key, arg);
                case DROP_TRUNCATED_REPEAT -> truncatedRepeatMin = number(key, arg);
                case DROP_TITLE_GLUED_LINE -> dropTitleGluedLine = yesNo(key, arg);
                case OUTLET_NAME -> outletName(arg);
                default -> patterns.computeIfAbsent(kind, k -> new ArrayList<>()).add(regex(arg));
            }
        }

        private void outletName(String arg) {
            int eq = arg.indexOf('=');
            if (eq <= 0 || eq == arg.length() - 1) {
                throw new IllegalArgumentException("outlet-name needs `as printed = canonical`, got '" + arg + "'");
            }
            outletNames.put(arg.substring(0, eq).strip().toLowerCase(Locale.ROOT), arg.substring(eq + 1).strip());
        }

        private static Pattern regex(String arg) {
            try {
                return Pattern.compile(arg, Pattern.UNICODE_CHARACTER_CLASS);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regex '" + arg + "': " + e.getDescription(), e);
            }
        }

        private static int number(String key, String arg) {
            try {
                int n = Integer.parseInt(arg);
                if (n < 0) {
                    throw new NumberFormatException(arg);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " needs a whole number >= 0, got '" + arg + "'", e);
            }
        }

        private static boolean yesNo(String key, String arg) {
            return switch (arg.toLowerCase(Locale.ROOT)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException(key + " needs yes or no, got '" + arg + "'");
            };
        }
    }
}
