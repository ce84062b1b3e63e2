/**
 * The extractive composer, kabar's answer when no model is configured and the fallback when one
 * fails: the sentences of the retrieved passages as candidates ({@code Candidate},
 * {@code PassageSentences}), their scores and features ({@code SentenceScorer},
 * {@code SentenceFeatures}), the ordering ({@code SentenceChooser}), the evidence picked
 * ({@code SentenceSelector}), the cited text written ({@code AnswerWriter}), and the evidence the
 * decline rules read. {@link dev.kabar.answer.extractive.ExtractiveComposer} runs them in that
 * order; {@link dev.kabar.answer.extractive.ExtractiveSettings} holds every threshold.
 *
 * <p>May import {@code answer}, {@code answer.question}, {@code answer.decline}, {@code article},
 * {@code text} and the {@code retrieval} ports.
 */
package dev.kabar.answer.extractive;
