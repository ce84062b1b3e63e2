package dev.kabar.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One followed feed and how its polling went, as {@code kabar feeds} shows it.
 *
 * @param url the feed's address (as followed; after discovery, the feed's, not the page's)
 * @param title the feed's title, empty until read
 * @param lastPoll when it was last fetched, if ever
 * @param lastOutcome what the last poll did ({@code ok: 40 items, 3 new}), empty before the first
 * @param error the last poll's failure in one line ({@code 404 Not Found from …}), empty when it went well
 * @param articles how many articles were taken in from it, ever
 * @param validators {@code ETag} and {@code Last-Modified} of the last full fetch, for a conditional GET
 * @param failures consecutive failed polls: the back-off grows with them
 * @param lastSuccess when a poll last went well, if ever
 */
public record Feed(String url, String title, Optional<Instant> lastPoll, String lastOutcome, String error,
        int articles, FeedSource.Validators validators, int failures, Optional<Instant> lastSuccess) {

    public Feed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lastPoll, "lastPoll");
        Objects.requireNonNull(lastOutcome, "lastOutcome");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(validators, "validators");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        if (articles < 0 || failures < 0) {
            throw new IllegalArgumentException("articles and failures count up from 0: " + articles + ", " + failures);
        }
    }

    /** A feed just followed, never polled. */
    public static Feed followed(String url, String title) {
        return new Feed(url, title, Optional.empty(), "", "", 0, FeedSource.Validators.NONE, 0, Optional.empty());
    }

    /** After a poll that went well. */
    public Feed succeeded(Instant at, String newTitle, String outcome, int taken, FeedSource.Validators next) {
        Instant when = at.truncatedTo(ChronoUnit.SECONDS);
        return new Feed(url, newTitle.isBlank() ? title : newTitle, Optional.of(when), outcome, "", articles + taken,
                next, 0, Optional.of(when));
    }

    /** After a conditional GET answered 304: {@code ok: unchanged; 40 items, 3 new}, the last full poll's outcome kept. */
    public Feed unchanged(Instant at, FeedSource.Validators next) {
        String last = lastOutcome.startsWith(OK) ? lastOutcome.substring(OK.length()) : "";
        if (last.startsWith(UNCHANGED)) {
            last = last.substring(UNCHANGED.length());
        }
        String outcome = last.isEmpty() || last.equals("unchanged") ? OK + "unchanged" : OK + UNCHANGED + last;
        return succeeded(at, "", outcome, 0, next);
    }

    private static final String OK = "ok: ";
    private static final String UNCHANGED = "unchanged; ";

    /** After a poll that failed; the validators are kept, the failures counted. */
    public Feed failed(Instant at, String message) {
        return new Feed(url, title, Optional.of(at.truncatedTo(ChronoUnit.SECONDS)), "failed", message, articles,
                validators, failures + 1, lastSuccess);
    }
}
