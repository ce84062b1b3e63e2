package dev.kabar.adapter.telegram;

import java.util.Locale;
import java.util.Optional;

/** The language of the bot's own messages in a chat (answers follow the question's language). */
enum Lang {
    ID, EN;

    static Optional<Lang> parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "id", "indonesia", "indonesian", "bahasa" -> Optional.of(ID);
            case "en", "english", "inggris" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** Indonesian unless the user's Telegram client says English. */
    static Lang ofClient(String languageCode) {
        return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
    }

    String pick(String indonesian, String english) {
        return this == ID ? indonesian : english;
    }
}
