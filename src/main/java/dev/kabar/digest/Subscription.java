package dev.kabar.digest;

import java.time.Instant;
import java.util.Objects;

/**
 * One chat's subscription to digests.
 *
 * @param chatId the Telegram chat
 * @param topic what the digests are about; empty for everything new
 * @param language {@code id} or {@code en}
 * @param since articles taken in after this are the next digest's
 * @param due when the next digest is due
 */
public record Subscription(long chatId, String topic, String language, Instant since, Instant due) {

    public Subscription {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(due, "due");
    }
}
