package dev.kabar.chat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.CheckReport;
import dev.kabar.text.Language;
import java.util.Optional;

/**
 * The outcome of one question: the answer, which composer wrote it and how long it took.
 *
 * @param checks what the citation check removed from a model-written draft; empty for extractive answers
 * @param standalone the question as searched: a follow-up rewritten to stand alone, else the question
 */
public record AskResult(String question, Language language, Answer answer, String composer, Timings timings,
        Optional<CheckReport> checks, String standalone) {

    public AskResult(String question, Language language, Answer answer, String composer, Timings timings) {
        this(question, language, answer, composer, timings, Optional.empty(), question);
    }
}
