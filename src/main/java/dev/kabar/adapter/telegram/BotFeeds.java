package dev.kabar.adapter.telegram;

import dev.kabar.digest.DigestDesk;
import dev.kabar.feed.Following;
import java.util.Optional;

/**
 * The bot's part in following the news: admins' {@code /follow}, {@code /unfollow}, {@code /feeds},
 * and digests to subscribers. Empty where the bot does not own the state directory.
 */
public record BotFeeds(Optional<Following> following, Optional<DigestDesk> digests) {

    public static final BotFeeds NONE = new BotFeeds(Optional.empty(), Optional.empty());
}
