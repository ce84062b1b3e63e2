package dev.kabar.ingestion;

import java.util.List;

/**
 * What one ingestion run did. Nothing is dropped silently: every skipped file or line is in
 * {@code rejected}; every article kept with a field ignored (e.g. an unreadable {@code published}
 * date) is in {@code warnings}.
 *
 * @param filesRead files opened (including those rejected)
 * @param articles articles accepted
 * @param passages passages cut from the accepted articles
 * @param furnitureLinesRemoved non-empty lines removed from accepted articles as furniture or
 *     metadata (byline/date lines), not counting the headline line of a text file
 * @param rejected skipped files and lines, in reading order
 * @param warnings accepted articles with a field ignored, in reading order
 */
public record IngestionReport(
        int filesRead,
        int articles,
        int passages,
        int furnitureLinesRemoved,
        List<Rejection> rejected,
        List<Rejection> warnings) {

    public IngestionReport {
        if (filesRead < 0 || articles < 0 || passages < 0 || furnitureLinesRemoved < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** One line, e.g. {@code 5 articles, 31 passages, 24 furniture lines removed, 0 rejected}. */
    public String summary() {
        String line = articles + " articles, " + passages + " passages, " + furnitureLinesRemoved
                + " furniture lines removed, " + rejected.size() + " rejected";
        return warnings.isEmpty() ? line : line + ", " + warnings.size() + " warnings";
    }
}
