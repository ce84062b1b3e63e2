package dev.kabar.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A followed feed as {@code kabar feeds --json} and {@code GET /api/feeds} give it.
 *
 * @param lastPoll ISO-8601 instant, null before the first poll
 * @param lastOutcome {@code ok: 40 items, 3 new}, {@code failed}, or null before the first poll
 * @param error the last poll's failure in one line, null when it went well
 * @param articles how many articles were taken in from the feed
 */
@JsonPropertyOrder({"url", "title", "lastPoll", "lastOutcome", "error", "articles"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FeedJson(String url, String title, String lastPoll, String lastOutcome, String error, int articles) {

    public static FeedJson of(Feed f) {
        return new FeedJson(f.url(), f.title(), f.lastPoll().map(Instant::toString).orElse(null),
                f.lastOutcome().isEmpty() ? null : f.lastOutcome(), f.error().isEmpty() ? null : f.error(), f.articles());
    }
}
