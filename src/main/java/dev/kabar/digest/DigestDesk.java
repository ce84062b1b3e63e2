package dev.kabar.digest;

import java.time.Clock;
import java.util.Objects;

/** Everything digests need, wired by the composition root: what is new, who subscribed, how often, and the time. */
public record DigestDesk(Digests digests, Subscriptions subscriptions, DigestSettings settings, Clock clock) {

    public DigestDesk {
        Objects.requireNonNull(digests, "digests");
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
    }
}
