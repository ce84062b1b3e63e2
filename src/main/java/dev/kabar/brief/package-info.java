/**
 * Briefings: cited key points, who said what, reactions, a dated timeline, where outlets disagree
 * and coverage, all built from article sentences found through the {@code retrieval} ports. May
 * import the JDK, {@code article}, {@code text}, {@code retrieval} ports and {@code answer}
 * (for {@link dev.kabar.answer.Citation}); never Lucene, LangChain4j, an adapter or the app.
 */
package dev.kabar.brief;
