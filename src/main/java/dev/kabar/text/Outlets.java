package dev.kabar.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * News outlets and the names they go by ({@code outlets.txt}): folds any printed form of an
 * outlet — {@code IDN Times}, {@code idntimes.com}, {@code IDN} — to one key, so an article's
 * outlet and a question's can be compared. An outlet the list does not know still gets a key of
 * its own (its name folded), so a corpus of other outlets needs no new entry.
 */
public final class Outlets {

    /** A web-domain ending, cut before folding: {@code kompas.com}, {@code republika.co.id}. */
    private static final Pattern DOMAIN_END = Pattern.compile(
            "\\.(?:com|co|net|org|news|tv|id|info|asia)(?:\\.[a-z]{2})?$");
    private static final Pattern LEADING = Pattern.compile("^(?:the\\s+|www\\.)");

    /** Folded alias → the key of the outlet's usual name. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();
    /** Key → the outlet's usual name. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final List<String> PRINTED = new ArrayList<>();

    static {
        for (String line : WordFile.lines("outlets.txt")) {
            String[] names = line.split("\\|");
            String name = names[0].strip();
            String key = fold(name);
            NAMES.put(key, name);
            for (String alias : names) {
                KEYS.putIfAbsent(fold(alias.strip()), key);
                PRINTED.add(alias.strip());
            }
        }
        PRINTED.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    }

    private Outlets() {}

    /** The outlet's key: {@code idntimes} for {@code IDN Times}, {@code idntimes.com} and {@code IDN}; empty for blank. */
    public static String key(String printed) {
        String folded = fold(printed == null ? "" : printed);
        return KEYS.getOrDefault(folded, folded);
    }

    /** The usual name of a known outlet, else {@code printed} as it is. */
    public static String name(String printed) {
        return NAMES.getOrDefault(key(printed), printed.strip());
    }

    /** Whether the list knows the outlet (under any of its names). */
    public static boolean known(String printed) {
        return NAMES.containsKey(key(printed));
    }

    /** Every name and domain of the list as printed there, longest first (the order a scan wants). */
    public static List<String> printedNames() {
        return List.copyOf(PRINTED);
    }

    /** Lower case, no "the"/"www.", no domain ending, letters and digits only. */
    private static String fold(String printed) {
        String s = printed.strip().toLowerCase(Locale.ROOT);
        s = LEADING.matcher(s).replaceFirst("");
        s = DOMAIN_END.matcher(s).replaceFirst("");
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
