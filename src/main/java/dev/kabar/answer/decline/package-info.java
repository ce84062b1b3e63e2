/**
 * When kabar does not answer, and what it says then: the decline messages in the question's
 * language ({@link dev.kabar.answer.decline.Declines}), and the learned
 * {@link dev.kabar.answer.decline.DeclineModel} that weighs a would-be answer's
 * {@link dev.kabar.answer.decline.DeclineEvidence}.
 *
 * <p>May import {@code answer}, {@code answer.question} and {@code text}; never the composers
 * ({@code extractive}, {@code check}, {@code llm}), which import it.
 */
package dev.kabar.answer.decline;
