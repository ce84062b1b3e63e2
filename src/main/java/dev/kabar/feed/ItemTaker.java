package dev.kabar.feed;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** Items being read by some poll right now: two feeds naming one item read it once. */
    private final Set<String> inHand = new HashSet<>();

    ItemTaker(ArticleIntake intake, SeenItems seen, Robots robots, FeedPoller.Settings settings) {
        this.intake = intake;
        this.seen = seen;
        this.robots = robots;
        this.settings = settings;
    }

    Round take(String feedUrl, ParsedFeed feed, Instant now) {
        Map<Fate, Integer> fates = new EnumMap<>(Fate.class);
        int read = 0;
        for (FeedItem item : feed.items()) {
            Fate fate = fate(feedUrl, item, now, read >= settings.maxNewPerPoll());
            fates.merge(fate, 1, Integer::sum);
            read += fate.read ? 1 : 0;
        }
        return new Round(feed.items().size(), n(fates, Fate.TAKEN), n(fates, Fate.SAME_TEXT), n(fates, Fate.GIVEN_UP),
                n(fates, Fate.RETRY), n(fates, Fate.NO_LINK), n(fates, Fate.LEFT), n(fates, Fate.REFUSED));
    }

    private static int n(Map<Fate, Integer> fates, Fate f) {
        return fates.getOrDefault(f, 0);
    }

    /** What becomes of one item; only items read count against {@code feeds.max-new-per-poll}. */
    private Fate fate(String feedUrl, FeedItem item, Instant now, boolean full) {
        if (item.link().isEmpty()) {
            return Fate.NO_LINK;
        }
        List<String> keys = keys(feedUrl, item);
        if (keys.stream().anyMatch(seen::seen)) {
            return Fate.SEEN;
        }
        if (full) {
            return Fate.LEFT;
        }
        if (!claim(keys)) {
            return Fate.SEEN; // another feed's poll has this item in hand
        }
        try {
            if (tooOld(item.published(), now)) {
                seen.gaveUp(keys, now);
                return Fate.TOO_OLD;
            }
            if (!robots.allows(URI.create(item.link()))) {
                seen.gaveUp(keys, now);
                return Fate.REFUSED;
            }
            return takeOne(keys, item, now);
        } finally {
            synchronized (inHand) {
                inHand.removeAll(keys);
            }
        }
    }

    /** Claims an item's keys for this poll: false when one is in another poll's hands (or seen meanwhile). */
    private boolean claim(List<String> keys) {
        synchronized (inHand) {
            if (keys.stream().anyMatch(k -> inHand.contains(k) || seen.seen(k))) {
                return false;
            }
            inHand.addAll(keys);
            return true;
        }
    }

    private enum Fate {
        TAKEN(true), SAME_TEXT(true), GIVEN_UP(true), RETRY(true), NO_LINK(false), SEEN(false), LEFT(false),
        TOO_OLD(false), REFUSED(false);

        final boolean read;

        Fate(boolean read) {
            this.read = read;
        }
    }

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
        if (a.meta().published() == null && item.published().isPresent()) { // the page prints no date: the feed's
            a = new Article(a.meta().publishedOn(LocalDate.ofInstant(item.published().get(), ArticleMeta.NEWS_ZONE)),
                    a.text(), a.passages());
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
