package dev.kabar.feed;

import dev.kabar.article.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Takes the new items of one polled feed in: an item never seen (by its link, or its guid in this
 * feed) is checked against {@code robots.txt}, read, and kept — unless an article with the very same
 * text is kept already (the same wire story from two outlets is stored once). At most
 * {@code maxNew} are read per poll; the rest wait for the next one. Each item's fate is written to the
 * ledger before the next is read, so a kill loses at most the item in hand, and nothing is read twice.
 */
final class ItemTaker {

    /** What one poll did with a feed's items; its outcome is the line {@code kabar feeds} shows. */
    record Round(int items, int taken, int sameText, int givenUp, int retry, int noLink, int left, int refused) {

        String outcome() {
            StringBuilder s = new StringBuilder("ok: " + items + (items == 1 ? " item, " : " items, ") + taken + " new");
            note(s, sameText, " with the text of an article already kept");
            note(s, givenUp, " without an article on its page");
            note(s, refused, " refused by robots.txt");
            note(s, retry, " not read (tried again next poll)");
            note(s, noLink, " without a link");
            note(s, left, " left for the next poll");
            return s.toString();
        }

        /** True when every item was dealt with: the feed's validators may be kept for a conditional GET. */
        boolean complete() {
            return retry == 0 && left == 0;
        }

        private static void note(StringBuilder s, int n, String what) {
            if (n > 0) {
                s.append(", ").append(n).append(what);
            }
        }
    }

    private final ArticleIntake intake;
    private final SeenItems seen;
    private final Robots robots;
    private final FeedPoller.Settings settings;

    ItemTaker(ArticleIntake intake, SeenItems seen, Robots robots, FeedPoller.Settings settings) {
        this.intake = intake;
        this.seen = seen;
        this.robots = robots;
        this.settings = settings;
    }

    Round take(String feedUrl, ParsedFeed feed, Instant now) {
        int taken = 0, same = 0, givenUp = 0, retry = 0, noLink = 0, left = 0, refused = 0, read = 0;
        for (FeedItem item : feed.items()) {
            if (item.link().isEmpty()) {
                noLink++;
                continue;
            }
            List<String> keys = keys(feedUrl, item);
            if (keys.stream().anyMatch(seen::seen)) {
                continue;
            }
            if (read >= settings.maxNewPerPoll()) {
                left++;
                continue;
            }
            if (tooOld(item.published(), now) || !robots.allows(URI.create(item.link()))) {
                seen.gaveUp(keys, now);
                refused += tooOld(item.published(), now) ? 0 : 1;
                continue;
            }
            read++;
            switch (takeOne(keys, item, now)) {
                case TAKEN -> taken++;
                case SAME_TEXT -> same++;
                case GIVEN_UP -> givenUp++;
                case RETRY -> retry++;
            }
        }
        return new Round(feed.items().size(), taken, same, givenUp, retry, noLink, left, refused);
    }

    private enum Fate { TAKEN, SAME_TEXT, GIVEN_UP, RETRY }

    private Fate takeOne(List<String> keys, FeedItem item, Instant now) {
        Article a;
        try {
            a = intake.read(item.link());
        } catch (FeedException e) {
            if (e.temporary()) {
                return Fate.RETRY;
            }
            seen.gaveUp(keys, now);
            return Fate.GIVEN_UP;
        }
        String hash = textHash(a.text());
        Optional<String> same = seen.sameText(hash);
        Optional<LocalDate> published = Optional.ofNullable(a.meta().published());
        if (same.isPresent()) {
            seen.took(keys, new SeenItems.Taken(same.get(), now, hash, published));
            return Fate.SAME_TEXT;
        }
        if (published.isPresent() && published.get().isBefore(cutoff(now))) {
            seen.gaveUp(keys, now);
            return Fate.GIVEN_UP;
        }
        intake.put(a);
        seen.took(keys, new SeenItems.Taken(a.id(), now, hash, published));
        return Fate.TAKEN;
    }

    private boolean tooOld(Optional<Instant> published, Instant now) {
        return published.map(p -> LocalDate.ofInstant(p, ZoneOffset.UTC).isBefore(cutoff(now))).orElse(false);
    }

    LocalDate cutoff(Instant now) {
        return LocalDate.ofInstant(now.minus(settings.retention()), ZoneOffset.UTC);
    }

    /** The keys an item is known by: its link anywhere, and its guid within its feed. */
    static List<String> keys(String feedUrl, FeedItem item) {
        List<String> keys = new ArrayList<>(2);
        keys.add("link " + item.link());
        if (!item.guid().isBlank() && !item.guid().equals(item.link())) {
            keys.add("guid " + feedUrl + " " + item.guid());
        }
        return keys;
    }

    /** The same text whatever its spacing and case: a wire story syndicated as it came. */
    static String textHash(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
