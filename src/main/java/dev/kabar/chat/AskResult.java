package dev.kabar.chat;

import dev.kabar.answer.Answer;
import dev.kabar.text.Language;

/** The outcome of one question: the answer, which composer wrote it and how long it took. */
public record AskResult(String question, Language language, Answer answer, String composer, Timings timings) {}
