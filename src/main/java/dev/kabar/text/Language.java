package dev.kabar.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages kabar answers and speaks in — an answer follows its question's language, the bot's
 * own messages a chat's choice — and a cheap detector for short questions.
 */
public enum Language {
    ID("id"),
    EN("en");

    private static final Set<String> ENGLISH = Set.of(
            "the", "what", "who", "whom", "whose", "when", "where", "why", "how", "which", "is", "are", "was",
            "were", "did", "does", "do", "of", "to", "and", "in", "on", "about", "say", "said", "has", "have",
            "brief", "me", "tell", "much", "many", "there", "this", "that", "with", "by", "for", "a", "an",
            "react", "reaction", "respond", "response", "signed", "sign", "it", "they", "their", "its");
    private static final Set<String> INDONESIAN = Set.of(
            "apa", "apakah", "siapa", "kapan", "dimana", "di", "mana", "mengapa", "kenapa", "bagaimana",
            "berapa", "yang", "dan", "ke", "dari", "dengan", "untuk", "pada", "itu", "ini", "tentang", "oleh",
            "adalah", "tanggapan", "reaksi", "kata", "mengatakan", "sebut", "tidak", "ada", "saja", "dalam");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Indonesian unless English function words clearly outnumber Indonesian ones. */
    public static Language detect(String text) {
        List<String> tokens = Terms.tokens(text);
        int en = 0;
        int id = 0;
        for (String t : tokens) {
            if (ENGLISH.contains(t)) {
                en++;
            }
            if (INDONESIAN.contains(t)) {
                id++;
            }
        }
        return en > id ? EN : ID;
    }

    /** The language a person names ({@code /lang en}, {@code /lang indonesia}), if it is one of kabar's. */
    public static Optional<Language> parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "id", "indonesia", "indonesian", "bahasa" -> Optional.of(ID);
            case "en", "english", "inggris" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** English for an English language tag ({@code en}, {@code en-GB}); Indonesian for any other or none. */
    public static Language ofTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
    }
}
