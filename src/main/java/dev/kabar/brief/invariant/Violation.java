package dev.kabar.brief.invariant;

/**
 * One item that broke an invariant.
 *
 * @param articleId the article of the item's first citation, or empty
 * @param item what the briefing said (a speaker, a date and its expression, a key point)
 */
public record Violation(Invariant invariant, String articleId, String item) {}
