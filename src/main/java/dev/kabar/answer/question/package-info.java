/**
 * Reading a question: its {@link dev.kabar.answer.question.QuestionType} (from its question word)
 * and the {@link dev.kabar.answer.question.KeyTerm}s its evidence must hold — names, numbers and
 * content words with their alias spellings — gathered in a
 * {@link dev.kabar.answer.question.QuestionProfile} by the
 * {@link dev.kabar.answer.question.QuestionAnalyzer}; the source a question names (an outlet, a
 * publication day, "who wrote") in a {@link dev.kabar.answer.question.SourceQuestion} by
 * {@link dev.kabar.answer.question.SourceQuestions}. Knows nothing of passages.
 *
 * <p>May import {@code text} and {@code retrieval} (the alias table, the {@code SourceFilter}); no other {@code answer} package.
 */
package dev.kabar.answer.question;
