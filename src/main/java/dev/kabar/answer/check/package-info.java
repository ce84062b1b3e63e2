/**
 * The citation check: whatever a model writes is checked against the passages it was given before
 * anyone sees it ({@link dev.kabar.answer.check.CitationCheck}): a sentence's facts
 * ({@code Facts}: numbers, dates, names, quoted words) must occur in a passage it cites, or it is
 * re-cited or dropped, and each citation quotes the passage sentence closest to its claim
 * ({@code Quotes}).
 *
 * <p>May import {@code answer}, {@code answer.decline} (the decline message of a draft left with
 * nothing), {@code text} and the {@code retrieval} ports.
 */
package dev.kabar.answer.check;
