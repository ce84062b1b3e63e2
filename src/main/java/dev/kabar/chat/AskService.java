package dev.kabar.chat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.text.Language;
import java.util.List;
import java.util.Objects;

/** Answers one question: retrieve passages, compose a cited answer or a decline. Thread-safe. */
public final class AskService {

    private final PassageRetriever retriever;
    private final AnswerComposer composer;
    private final int topK;
    private final int maxQuestionChars;

    public AskService(PassageRetriever retriever, AnswerComposer composer, int topK, int maxQuestionChars) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.composer = Objects.requireNonNull(composer, "composer");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1, was " + topK);
        }
        if (maxQuestionChars < 1) {
            throw new IllegalArgumentException("maxQuestionChars must be >= 1, was " + maxQuestionChars);
        }
        this.topK = topK;
        this.maxQuestionChars = maxQuestionChars;
    }

    /**
     * @throws QuestionException when the question is blank or longer than the configured maximum
     */
    public AskResult ask(String question) {
        String q = validate(question);
        Language language = Language.detect(q);
        long t0 = System.nanoTime();
        List<Hit> hits = retriever.search(q, topK);
        long t1 = System.nanoTime();
        Answer answer = composer.compose(q, language, hits);
        long t2 = System.nanoTime();
        return new AskResult(q, language, answer, composer.name(),
                new Timings(Timings.millisSince(t0, t1), Timings.millisSince(t1, t2)));
    }

    public String validate(String question) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            throw new QuestionException("the question is empty: type a question about the articles");
        }
        if (q.length() > maxQuestionChars) {
            throw new QuestionException("the question has " + q.length() + " characters; the limit is "
                    + maxQuestionChars + ": shorten it");
        }
        return q;
    }

    public int maxQuestionChars() {
        return maxQuestionChars;
    }
}
