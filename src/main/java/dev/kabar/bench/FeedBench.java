package dev.kabar.bench;

import dev.kabar.feed.Feed;
import dev.kabar.feed.FeedBook;
import dev.kabar.feed.FeedPoller;
import dev.kabar.feed.SeenItems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code kabar bench --feeds N}: the poller against a site on loopback ({@link FeedSiteServer}).
 * Polling: N feeds of 50 items, every item seen already — one round fetched and parsed in full, then
 * rounds answered 304 — CPU time of the whole process (the site's threads included) and wall time per
 * round. Taking in: new items read, extracted and added live, per second.
 */
public final class FeedBench {

    private static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final int UNCHANGED_ROUNDS = 5;

    /** A clock the benchmark moves a poll interval at a time. */
    private static final class Steps extends Clock {
        private Instant now;

        Steps(Instant start) {
            now = start;
        }

        void next() {
            now = now.plus(INTERVAL).plus(INTERVAL);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** What one run measured. */
    public record Result(int feeds, double fullCpuMs, double fullWallMs, double unchangedCpuMs, double unchangedWallMs,
            int taken, double takeInSeconds) {

        public List<String> lines() {
            return List.of(String.format(Locale.ROOT, "feeds: %d unchanged feeds of %d items, full fetch and parse: "
                            + "%.0f ms CPU, %.0f ms wall per round", feeds, FeedSiteServer.ITEMS, fullCpuMs, fullWallMs),
                    String.format(Locale.ROOT, "feeds: %d unchanged feeds, conditional GET (304): %.0f ms CPU, %.0f ms "
                            + "wall per round (mean of %d)", feeds, unchangedCpuMs, unchangedWallMs, UNCHANGED_ROUNDS),
                    String.format(Locale.ROOT, "feeds: took in %d new items from loopback in %.1f s: %.1f items/s",
                            taken, takeInSeconds, taken / takeInSeconds));
        }
    }

    private final FeedRig rig;
    private final Consumer<String> progress;

    public FeedBench(FeedRig rig, Consumer<String> progress) {
        this.rig = rig;
        this.progress = progress;
    }

    /** @param newItems items taken in, in feeds of 50 */
    public Result run(int feeds, int newItems) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("kabar-feed-bench");
        try (FeedSiteServer site = new FeedSiteServer()) {
            double[] polling = polling(site, tmp.resolve("polling"), feeds);
            progress.accept("taking in " + newItems + " new items …");
            Path state = tmp.resolve("take-in");
            try (FeedRig.Rig r = rig.open(state)) {
                FeedBook book = follow(state, site, "n", (newItems + FeedSiteServer.ITEMS - 1) / FeedSiteServer.ITEMS);
                FeedPoller poller = new FeedPoller(book, r.parts(), new SeenItems(state),
                        new FeedPoller.Settings(INTERVAL, FeedSiteServer.ITEMS, Duration.ofDays(365), 2),
                        Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));
                long t0 = System.nanoTime();
                poller.pollDue();
                double seconds = (System.nanoTime() - t0) / 1e9;
                poller.close();
                int taken = book.all().stream().mapToInt(Feed::articles).sum();
                return new Result(feeds, polling[0], polling[1], polling[2], polling[3], taken, seconds);
            }
        } finally {
            TempTree.delete(tmp);
        }
    }

    /** {full CPU ms, full wall ms, unchanged CPU ms, unchanged wall ms}. */
    private double[] polling(FeedSiteServer site, Path state, int feeds) throws InterruptedException {
        progress.accept("polling " + feeds + " feeds of " + FeedSiteServer.ITEMS + " items …");
        try (FeedRig.Rig r = rig.open(state)) {
            FeedBook book = follow(state, site, "p", feeds);
            Steps clock = new Steps(Instant.parse("2026-12-10T00:00:00Z"));
            // a retention of a day: every item is older, so the first round only records them as seen
            FeedPoller poller = new FeedPoller(book, r.parts(), new SeenItems(state),
                    new FeedPoller.Settings(INTERVAL, FeedSiteServer.ITEMS, Duration.ofDays(1), 2), clock);
            poller.pollDue();
            clock.next();
            site.conditional(false); // as a site without ETag or Last-Modified: every poll fetches and parses
            double[] full = round(poller);
            site.conditional(true);
            double cpu = 0;
            double wall = 0;
            for (int i = 0; i < UNCHANGED_ROUNDS; i++) {
                clock.next();
                double[] one = round(poller);
                cpu += one[0];
                wall += one[1];
            }
            poller.close();
            return new double[] {full[0], full[1], cpu / UNCHANGED_ROUNDS, wall / UNCHANGED_ROUNDS};
        }
    }

    private static double[] round(FeedPoller poller) throws InterruptedException {
        long cpu0 = ProcessGauge.cpuNanos();
        long t0 = System.nanoTime();
        poller.pollDue();
        return new double[] {(ProcessGauge.cpuNanos() - cpu0) / 1e6, (System.nanoTime() - t0) / 1e6};
    }

    private static FeedBook follow(Path state, FeedSiteServer site, String prefix, int feeds) {
        FeedBook book = new FeedBook(state);
        for (int i = 0; i < feeds; i++) {
            book.add(Feed.followed(site.base() + "/feed-" + prefix + i + ".xml", ""));
        }
        return book;
    }
}
