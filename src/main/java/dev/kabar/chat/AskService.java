package dev.kabar.chat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.Composition;
import dev.kabar.answer.QueryRewriter;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.text.Language;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Answers one question: retrieve passages, compose a cited answer or a decline. Thread-safe. */
public final class AskService {

    private final PassageRetriever retriever;
    private final AnswerComposer composer;
    private final int topK;
    private final int maxQuestionChars;
    private final QueryRewriter rewriter;
    private final Conversations conversations;

    public AskService(PassageRetriever retriever, AnswerComposer composer, int topK, int maxQuestionChars) {
        this(retriever, composer, topK, maxQuestionChars, new FrameRewriter(),
                new Conversations(Clock.systemUTC(), Conversations.Limits.defaults()));
    }

    private AskService(PassageRetriever retriever, AnswerComposer composer, int topK, int maxQuestionChars,
            QueryRewriter rewriter, Conversations conversations) {
        this.rewriter = Objects.requireNonNull(rewriter, "rewriter");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
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

    /** The same service rewriting follow-ups and searches with {@code rewriter}, remembering in {@code conversations}. */
    public AskService with(QueryRewriter rewriter, Conversations conversations) {
        return new AskService(retriever, composer, topK, maxQuestionChars, rewriter, conversations);
    }

    /**
     * @throws QuestionException when the question is blank or longer than the configured maximum
     */
    public AskResult ask(String question) {
        return ask(question, null);
    }

    /**
     * A question within a conversation: a follow-up ("Dan China?") is rewritten to stand alone
     * before retrieval, using the conversation's earlier questions.
     *
     * @param conversationId the conversation, or {@code null} for a one-off question
     */
    public AskResult ask(String question, String conversationId) {
        return ask(question, conversationId, null);
    }

    /** Like {@link #ask(String, String)}, passing the answer's text to {@code tokens} as it is written. */
    public AskResult ask(String question, String conversationId, Consumer<String> tokens) {
        String q = validate(question);
        Language language = Language.detect(q);
        long t0 = System.nanoTime();
        List<String> previous = conversationId == null ? List.of() : conversations.previous(conversationId);
        String standalone = previous.isEmpty() ? q : rewriter.standalone(previous, q);
        List<Hit> hits = retriever.search(rewriter.searchQuery(standalone, language), topK);
        long t1 = System.nanoTime();
        Composition c = tokens == null ? composer.composition(standalone, language, hits)
                : composer.stream(standalone, language, hits, tokens);
        long t2 = System.nanoTime();
        if (conversationId != null) {
            conversations.remember(conversationId, standalone);
        }
        Answer answer = c.answer();
        return new AskResult(q, language, answer, c.composer(),
                new Timings(Timings.millisSince(t0, t1), Timings.millisSince(t1, t2)), c.checks(), standalone);
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
