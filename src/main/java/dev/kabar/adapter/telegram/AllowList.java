package dev.kabar.adapter.telegram;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which chats may use the bot: everyone when empty, else the listed chat ids and usernames. */
final class AllowList {

    private final Set<String> entries;

    AllowList(Set<String> entries) {
        this.entries = entries.stream().map(AllowList::normal).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    boolean allows(long chatId, String chatUsername, String userUsername) {
        return entries.isEmpty() || entries.contains(Long.toString(chatId))
                || (chatUsername != null && entries.contains(normal(chatUsername)))
                || (userUsername != null && entries.contains(normal(userUsername)));
    }

    private static String normal(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("@") ? t.substring(1) : t;
    }
}
