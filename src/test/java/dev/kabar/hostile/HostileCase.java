package dev.kabar.hostile;

import java.util.Objects;

/**
 * One hostile text and what kabar must do with it.
 *
 * @param ask the outcome as a question: {@code empty} (refused: nothing to ask), {@code too_long}
 *     (refused: over question.max-chars), {@code declined}, {@code answered}, or {@code any}
 *     (answered or declined: the text holds real words, which may or may not be enough)
 * @param article the outcome as an article body: {@code indexed} or {@code rejected} (with a reason)
 */
record HostileCase(String id, String ask, String article, String text) {

    HostileCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (!java.util.Set.of("empty", "too_long", "declined", "answered", "any").contains(ask)) {
            throw new IllegalArgumentException("case " + id + ": unknown ask outcome " + ask);
        }
        if (!article.equals("indexed") && !article.equals("rejected")) {
            throw new IllegalArgumentException("case " + id + ": unknown article outcome " + article);
        }
    }

    boolean refusedAsQuestion() {
        return ask.equals("empty") || ask.equals("too_long");
    }

    /** The text as one line, for line-oriented inputs (standard input of {@code kabar ask}). */
    String oneLine() {
        return text.replaceAll("[\\n\\r\\u0085\\u2028\\u2029\\u000b\\u000c]", " ");
    }

    @Override
    public String toString() {
        return id;
    }
}
