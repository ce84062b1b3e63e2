package dev.kabar.adapter.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a message is meant for the bot and what it asks. In a private chat every message
 * is; in a group only a command ({@code /ask} or {@code /ask@botname}, not {@code /ask@otherbot}),
 * a message mentioning {@code @botname}, or a reply to the bot's own message — so a group with
 * privacy mode off is not flooded with answers.
 */
final class Addressing {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\\s+|$)(.*)",
            Pattern.DOTALL);

    private final String botUsername;
    private final Pattern mention;

    Addressing(String botUsername) {
        this.botUsername = botUsername.toLowerCase(Locale.ROOT);
        this.mention = Pattern.compile("@" + Pattern.quote(botUsername) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /**
     * @param privateChat a one-to-one chat with the bot
     * @param replyToBot the message replies to one of the bot's messages
     */
    Optional<Request> route(String text, boolean privateChat, boolean replyToBot) {
        String t = text == null ? "" : text.strip();
        Matcher m = COMMAND.matcher(t);
        if (m.matches()) {
            String target = m.group(2);
            if (target != null && !target.toLowerCase(Locale.ROOT).equals(botUsername)) {
                return Optional.empty();
            }
            return Optional.of(new Request(m.group(1), m.group(3)));
        }
        if (privateChat || replyToBot) {
            return Optional.of(new Request("ask", mention.matcher(t).replaceAll(" ")));
        }
        if (mention.matcher(t).find()) {
            return Optional.of(new Request("ask", mention.matcher(t).replaceAll(" ")));
        }
        return Optional.empty();
    }
}
