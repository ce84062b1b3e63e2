package dev.kabar.adapter.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What the bot needs from configuration.
 *
 * @param token the bot token, from the environment only; never logged
 * @param apiUrl Bot API base URL, {@code https://api.telegram.org} or a self-hosted/fake server
 * @param stateFile where the last handled update id is kept across restarts
 * @param ratePerMinute questions one chat may ask per minute
 * @param allowedChats chat ids or usernames (without {@code @}) allowed to use the bot; empty = everyone
 * @param admins user ids that may run {@code /stats} and {@code /reindex}
 * @param publicUrl base URL of kabar's web chat for passage links; empty for none
 * @param pollTimeout long-polling wait per {@code getUpdates}
 */
public record TelegramSettings(String token, URI apiUrl, Path stateFile, int ratePerMinute, Set<String> allowedChats,
        Set<Long> admins, String publicUrl, Duration pollTimeout) {

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("set TELEGRAM_BOT_TOKEN to the token @BotFather gave you");
        }
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (apiUrl.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be like https://api.telegram.org, was " + apiUrl);
        }
        Objects.requireNonNull(stateFile, "stateFile");
        if (ratePerMinute < 1) {
            throw new IllegalArgumentException("telegram.rate-limit.per-minute must be >= 1, was " + ratePerMinute);
        }
        allowedChats = Set.copyOf(allowedChats);
        admins = Set.copyOf(admins);
        publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
    }

    /** {@code text} with the token replaced, for anything that may reach a log. */
    public String mask(String text) {
        return text == null ? "" : text.replace(token, "<token>");
    }

    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", stateFile=" + stateFile + ", ratePerMinute=" + ratePerMinute
                + ", allowedChats=" + allowedChats + ", admins=" + admins + ", publicUrl=" + publicUrl + "]";
    }
}
