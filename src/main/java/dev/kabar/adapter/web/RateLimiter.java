package dev.kabar.adapter.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token bucket per client address: {@code perMinute} tokens, refilled continuously. Remembers at
 * most {@code maxClients} addresses (least recently seen forgotten first), so a flood of addresses
 * cannot grow memory. Thread-safe.
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final double capacity;
    private final double tokensPerMilli;
    private final Map<String, Bucket> buckets;

    private static final class Bucket {
        double tokens;
        long lastMillis;

        Bucket(double tokens, long lastMillis) {
            this.tokens = tokens;
            this.lastMillis = lastMillis;
        }
    }

    RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, was " + perMinute);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.capacity = perMinute;
        this.tokensPerMilli = perMinute / 60_000.0;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_CLIENTS;
            }
        };
    }

    /** Takes a token for {@code client}; returns 0 when allowed, else the seconds until a token is due. */
    synchronized long acquire(String client) {
        long now = clock.millis();
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        b.tokens = Math.min(capacity, b.tokens + (now - b.lastMillis) * tokensPerMilli);
        b.lastMillis = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - b.tokens) / tokensPerMilli / 1000.0));
    }
}
