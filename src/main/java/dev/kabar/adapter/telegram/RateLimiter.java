package dev.kabar.adapter.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** At most {@code perMinute} questions per chat in any sliding minute. Thread-safe. */
final class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int perMinute;
    private final Map<Long, Deque<Instant>> recent = new HashMap<>();

    RateLimiter(Clock clock, int perMinute) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, was " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Records a question from {@code chatId} and says whether it may be answered. */
    synchronized boolean tryAcquire(long chatId) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(chatId, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        if (times.size() >= perMinute) {
            return false;
        }
        times.addLast(now);
        if (recent.size() > 10_000) {
            recent.values().removeIf(Deque::isEmpty);
        }
        return true;
    }
}
