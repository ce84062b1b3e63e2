package dev.kabar.digest;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * @param interval between two digests of a subscriber ({@code digest.interval}, default {@code 24h}); 1 s at the least
 * @param zone where a digest's dates are read ({@code digest.zone}, default {@code Asia/Jakarta})
 */
public record DigestSettings(Duration interval, ZoneId zone) {

    public DigestSettings {
        Objects.requireNonNull(zone, "zone");
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("digest.interval must be at least 1s, was " + interval);
        }
    }
}
