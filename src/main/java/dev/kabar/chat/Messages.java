package dev.kabar.chat;

import dev.kabar.text.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every sentence kabar says to a person — Telegram replies, web error messages, briefing headings,
 * the web page's labels, command-line complaints about a question — from one resource bundle,
 * {@code dev/kabar/chat/messages_id.properties} and {@code messages_en.properties} (UTF-8). Answers
 * and briefings themselves come from the articles; their decline notes stay with the code that
 * decides them.
 *
 * <p>Placeholders {@code {0}}, {@code {1}} … are replaced by the arguments as written: no
 * {@link java.text.MessageFormat}, so an apostrophe stays an apostrophe and 2000 is not shown as
 * "2.000".
 */
public final class Messages {

    private static final String BUNDLE = "dev.kabar.chat.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        // no fallback: a key missing from one language fails loudly instead of showing the other
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language l : Language.values()) {
            BUNDLES.put(l, ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(l.code()), exact));
        }
    }

    private Messages() {}

    /**
     * The sentence under {@code key} in {@code language}, its placeholders filled in.
     *
     * @throws java.util.MissingResourceException when the bundle has no such key
     */
    public static String text(Language language, String key, Object... args) {
        String pattern = BUNDLES.get(language).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    /** Every key starting with {@code prefix} and its sentence in {@code language}, sorted by key. */
    public static Map<String, String> all(Language language, String prefix) {
        ResourceBundle b = BUNDLES.get(language);
        Map<String, String> out = new TreeMap<>();
        for (String key : b.keySet()) {
            if (key.startsWith(prefix)) {
                out.put(key, b.getString(key));
            }
        }
        return out;
    }
}
