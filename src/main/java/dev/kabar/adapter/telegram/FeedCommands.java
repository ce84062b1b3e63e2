package dev.kabar.adapter.telegram;

import dev.kabar.feed.Feed;
import dev.kabar.feed.FeedException;
import dev.kabar.feed.Followed;
import dev.kabar.feed.Following;
import dev.kabar.text.Language;
import java.util.List;
import java.util.Optional;

/** Admins' {@code /follow URL}, {@code /unfollow URL} and {@code /feeds}, as {@code kabar follow}, {@code unfollow}, {@code feeds}. */
final class FeedCommands {

    private final Optional<Following> following;

    FeedCommands(Optional<Following> following) {
        this.following = following;
    }

    /** The reply, escaped HTML, to {@code command} with {@code args}. */
    String run(Language l, String command, String args) {
        if (following.isEmpty()) {
            return Texts.text(l, "feeds-off");
        }
        Following f = following.get();
        return switch (command) {
            case "follow" -> follow(l, f, args);
            case "unfollow" -> args.isEmpty() || args.contains(" ") ? Texts.text(l, "unfollow-usage")
                    : f.unfollow(args) ? Texts.text(l, "unfollowed", args) : Texts.text(l, "unfollow-missing", args);
            default -> list(l, f.feeds());
        };
    }

    private static String follow(Language l, Following f, String url) {
        if (!url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) {
            return Texts.text(l, "follow-usage");
        }
        try {
            Followed done = f.follow(url);
            String name = done.feed().title().isEmpty() ? done.feed().url()
                    : done.feed().title() + " (" + done.feed().url() + ")";
            if (!done.added()) {
                return Texts.text(l, "followed-already", name);
            }
            return done.problem().isEmpty() ? Texts.text(l, "followed", name, done.items())
                    : Texts.text(l, "followed-failing", name, done.problem());
        } catch (FeedException | RuntimeException e) { // a page naming no feed, or a state directory refusing: one line
            return Texts.text(l, "follow-failed", String.valueOf(e.getMessage()));
        }
    }

    private static String list(Language l, List<Feed> feeds) {
        if (feeds.isEmpty()) {
            return Texts.text(l, "feeds-none");
        }
        StringBuilder b = new StringBuilder("<b>" + Texts.text(l, "feeds", feeds.size()) + "</b>");
        for (Feed f : feeds) {
            String state = f.error().isEmpty() ? f.lastOutcome() : "⚠ " + f.error();
            b.append("\n• ").append(Html.escape((f.title().isEmpty() ? f.url() : f.title() + " — " + f.url())
                    + (state.isEmpty() ? "" : ": " + state) + " (" + f.articles() + ")"));
        }
        return b.toString();
    }
}
