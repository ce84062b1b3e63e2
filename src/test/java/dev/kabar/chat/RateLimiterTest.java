package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void should_allow_a_burst_of_per_minute_then_one_more_as_each_token_refills() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(6, clock);

        for (int i = 0; i < 6; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(10);
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(10);
    }

    @Test
    void should_count_each_key_on_its_own() {
        RateLimiter limiter = new RateLimiter(1, new HandClock());

        assertThat(limiter.acquire("tg:1")).isZero();
        assertThat(limiter.acquire("tg:2")).isZero();
        assertThat(limiter.acquire("tg:1")).isEqualTo(60);
    }

    @Test
    void should_forget_the_least_recently_seen_keys_beyond_its_bound() {
        RateLimiter limiter = new RateLimiter(1, new HandClock(), 3);
        for (int i = 0; i < 100; i++) {
            limiter.acquire("client-" + i);
        }

        assertThat(limiter.keys()).isEqualTo(3);
        assertThat(limiter.acquire("client-0")).isZero(); // forgotten: a full bucket again
        assertThat(limiter.acquire("client-99")).isPositive();
    }

    @Test
    void should_name_the_bad_parameter() {
        assertThatThrownBy(() -> new RateLimiter(0, Clock.systemUTC())).hasMessageContaining("perMinute");
    }
}
