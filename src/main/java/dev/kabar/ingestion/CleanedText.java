package dev.kabar.ingestion;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article body with page furniture removed, and what the text said about itself.
 *
 * @param title the headline without glued credits; empty when the source gave none
 * @param body paragraphs separated by a blank line ({@code "\n\n"})
 * @param outlet outlet named by a dateline or title credit; empty when none
 * @param byline author names from a byline line; empty when none
 * @param published date from a byline/date line, {@code null} when none
 * @param removedLines non-empty lines dropped as furniture or metadata
 */
public record CleanedText(String title, String body, String outlet, String byline, LocalDate published, int removedLines) {

    public CleanedText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(byline, "byline");
        if (removedLines < 0) {
            throw new IllegalArgumentException("removedLines must be >= 0, was " + removedLines);
        }
    }
}
