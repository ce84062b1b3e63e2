/**
 * Invariants every briefing must keep on any news, checked mechanically on a finished
 * {@link dev.kabar.brief.Briefing} against the articles it cites: a quote's speaker is named in the
 * cited passage or before it and is no place; a timeline date is printed or follows from the
 * article's dates; key points carry no dateline, byline or page furniture; every citation resolves.
 * Read by {@code kabar eval --briefings} and the tests. Imports the JDK, {@code article},
 * {@code text}, {@code answer} (for {@code Citation}) and {@code brief}.
 */
package dev.kabar.brief.invariant;
