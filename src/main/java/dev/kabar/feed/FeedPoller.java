package dev.kabar.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the followed feeds while kabar serves. Every tick (a second, or the interval when shorter) it
 * reads the {@link FeedBook} afresh — so a feed followed or unfollowed from the command line counts
 * at the next tick — and polls each feed that is due: {@code feeds.poll-interval} after its last poll,
 * plus up to a tenth of it of jitter fixed per feed (feeds followed together do not poll together),
 * doubled after each consecutive failure up to 64 times (at most a day, or the interval when longer). A poll is a conditional GET;
 * its new items go through {@link ItemTaker}. At most {@code perHost} polls of one host run at once.
 * A poll never throws: its failure is the feed's {@code error}, and the poller goes on.
 */
public final class FeedPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int MAX_DOUBLINGS = 6;
    private static final Duration MAX_BACKOFF = Duration.ofDays(1);

    /**
     * @param interval between two polls of a feed ({@code feeds.poll-interval})
     * @param maxNewPerPoll items read per poll of one feed at most ({@code feeds.max-new-per-poll})
     * @param retention feed articles older than this are dropped ({@code feeds.retention})
     * @param perHost polls of one host running at once, at most
     */
    public record Settings(Duration interval, int maxNewPerPoll, Duration retention, int perHost) {

        public Settings {
            if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("feeds.poll-interval must be at least 1s, was " + interval);
            }
            if (maxNewPerPoll < 1) {
                throw new IllegalArgumentException("feeds.max-new-per-poll must be at least 1, was " + maxNewPerPoll);
            }
            if (retention.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("feeds.retention must be at least 1d, was " + retention);
            }
            if (perHost < 1) {
                throw new IllegalArgumentException("perHost must be at least 1, was " + perHost);
            }
        }
    }

    /** Where feeds and articles come from and go. */
    public record Parts(FeedSource source, FeedParser parser, ArticleIntake intake) {}

    private final FeedBook book;
    private final Parts parts;
    private final SeenItems seen;
    private final Settings settings;
    private final Clock clock;
    private final ItemTaker taker;
    private final ScheduledExecutorService ticker;
    private final ExecutorService workers;
    private final Set<String> inFlight = new HashSet<>();
    private final Map<String, Integer> hosts = new HashMap<>();

    public FeedPoller(FeedBook book, Parts parts, SeenItems seen, Settings settings, Clock clock) {
        this.book = Objects.requireNonNull(book, "book");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.taker = new ItemTaker(parts.intake(), seen, new Robots(parts.source(), clock), settings);
        AtomicInteger n = new AtomicInteger();
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "feed-poller"));
        this.workers = Executors.newFixedThreadPool(4, r -> new Thread(r, "feed-fetch-" + n.incrementAndGet()));
    }

    /** Starts polling in the background; {@link #close()} stops it. */
    public FeedPoller start() {
        long tick = Math.min(1000, settings.interval().toMillis());
        ticker.scheduleWithFixedDelay(this::tickQuietly, 0, tick, TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * One round, waited for: every due feed polled (a host's feeds {@code perHost} at a time), expired
     * articles dropped. For benchmarks and tests; serving, {@link #start()} ticks every second.
     */
    public void pollDue() throws InterruptedException {
        for (List<Future<?>> started = tick(); !started.isEmpty(); started = tick()) {
            for (Future<?> f : started) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a poll failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        }
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) { // the state directory went away, say: the next tick tries again
            LOG.warn("feed poller: {}", e.getMessage());
        }
    }

    private List<Future<?>> tick() {
        dropExpired();
        Instant now = clock.instant();
        List<Future<?>> started = new ArrayList<>();
        // the longest overdue first, so that feeds sharing a host take turns instead of the first ones starving the rest
        List<Feed> due = book.all().stream().filter(f -> !now.isBefore(due(f)))
                .sorted(Comparator.comparing(this::due)).toList();
        for (Feed f : due) {
            if (claim(f.url())) {
                started.add(workers.submit(() -> {
                    try {
                        poll(f);
                    } finally {
                        release(f.url());
                    }
                }));
            }
        }
        return started;
    }

    Instant due(Feed f) {
        if (f.lastPoll().isEmpty()) {
            return Instant.MIN;
        }
        Duration wait = settings.interval().multipliedBy(1L << Math.min(f.failures(), MAX_DOUBLINGS));
        Duration cap = settings.interval().compareTo(MAX_BACKOFF) > 0 ? settings.interval() : MAX_BACKOFF;
        if (wait.compareTo(cap) > 0) {
            wait = cap;
        }
        long jitter = Math.floorMod(f.url().hashCode(), 1000) * settings.interval().toMillis() / 10_000;
        return f.lastPoll().get().plus(wait).plusMillis(jitter);
    }

    /** Polls one feed now and records how it went. */
    void poll(Feed f) {
        Instant now = clock.instant();
        try {
            FeedSource.Document d = parts.source().fetch(URI.create(f.url()), f.validators());
            if (d.notModified()) {
                book.update(f.url(), x -> x.unchanged(now, d.validators()));
                return;
            }
            ParsedFeed parsed = Feeds.read(d, parts.parser());
            ItemTaker.Round r = taker.take(f.url(), parsed, now);
            FeedSource.Validators next = r.complete() ? d.validators() : FeedSource.Validators.NONE;
            book.update(f.url(), x -> x.succeeded(now, parsed.title(), r.outcome(), r.taken(), next));
        } catch (FeedException e) {
            book.update(f.url(), x -> x.failed(now, e.getMessage()));
        } catch (RuntimeException e) { // the index refused an article, say: the feed's error, not the poller's end
            LOG.warn("polling {} failed", f.url(), e);
            book.update(f.url(), x -> x.failed(now, "kabar could not take its items in: " + e.getMessage()));
        }
    }

    /** Drops the feed articles published (else taken in) before {@code feeds.retention}. */
    void dropExpired() {
        LocalDate cutoff = taker.cutoff(clock.instant());
        for (SeenItems.Taken t : seen.articles()) {
            if (t.day().isBefore(cutoff)) {
                parts.intake().remove(t.articleId());
                seen.dropped(t.articleId());
            }
        }
    }

    private synchronized boolean claim(String url) {
        String host = host(url);
        if (inFlight.contains(url) || hosts.getOrDefault(host, 0) >= settings.perHost()) {
            return false;
        }
        inFlight.add(url);
        hosts.merge(host, 1, Integer::sum);
        return true;
    }

    private synchronized void release(String url) {
        inFlight.remove(url);
        hosts.computeIfPresent(host(url), (h, n) -> n <= 1 ? null : n - 1);
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
