package dev.kabar.chat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token bucket per key — a client address on the web, a chat on Telegram: {@code perMinute}
 * tokens, refilled continuously, so a burst of {@code perMinute} is allowed and then one more every
 * {@code 60 / perMinute} seconds. Remembers at most {@code maxKeys} keys (least recently seen
 * forgotten first), so a flood of addresses cannot grow memory. Thread-safe.
 */
public final class RateLimiter {

    /** Keys remembered at once; a forgotten key starts again with a full bucket. */
    public static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int perMinute;
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

    public RateLimiter(int perMinute, Clock clock) {
        this(perMinute, clock, MAX_KEYS);
    }

    RateLimiter(int perMinute, Clock clock, int maxKeys) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, was " + perMinute);
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be >= 1, was " + maxKeys);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.perMinute = perMinute;
        this.tokensPerMilli = perMinute / 60_000.0;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes a token for {@code key}; returns 0 when allowed, else the seconds until a token is due (at least 1). */
    public synchronized long acquire(String key) {
        long now = clock.millis();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        b.tokens = Math.min(perMinute, b.tokens + (now - b.lastMillis) * tokensPerMilli);
        b.lastMillis = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - b.tokens) / tokensPerMilli / 1000.0));
    }

    public int perMinute() {
        return perMinute;
    }

    synchronized int keys() {
        return buckets.size();
    }
}
