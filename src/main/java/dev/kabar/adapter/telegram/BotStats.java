package dev.kabar.adapter.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Counters for {@code /stats}. */
final class BotStats {

    final AtomicLong updates = new AtomicLong();
    final AtomicLong questions = new AtomicLong();
    final AtomicLong answered = new AtomicLong();
    final AtomicLong declined = new AtomicLong();
    final AtomicLong rateLimited = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    private final Clock clock;
    private final Instant started;

    BotStats(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    String html() {
        Duration up = Duration.between(started, clock.instant());
        return Html.escape("uptime " + up.toMinutes() + " min\nupdates " + updates + "\nquestions " + questions
                + " (answered " + answered + ", declined " + declined + ")\nrate-limited " + rateLimited
                + "\nfailures " + failures);
    }
}
