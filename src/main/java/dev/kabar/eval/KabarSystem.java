package dev.kabar.eval;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.chat.Library;
import dev.kabar.chat.Question;
import dev.kabar.chat.Rejected;
import java.util.List;
import java.util.Objects;

/** kabar itself: the retriever its answers use, and its front door exactly as every adapter calls it. */
public final class KabarSystem implements QaSystem {

    private final Library library;

    public KabarSystem(Library library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    @Override
    public String name() {
        return "kabar";
    }

    @Override
    public List<String> rank(String question) {
        return library.retriever().search(question, 10).stream().map(h -> h.article().id()).toList();
    }

    @Override
    public Reply answer(String question) {
        try {
            return reply(library.door().ask(Question.of(question)).answer());
        } catch (Rejected e) {
            // e.g. longer than question.max-chars: a user would get no answer either
            return new Reply(true, e.getMessage(), "", List.of(), "question-rejected");
        }
    }

    private static Reply reply(Answer answer) {
        return switch (answer) {
            case Answer.Grounded g -> new Reply(false, g.text(), g.shortAnswer(), articles(g.citations()), "");
            case Answer.Declined d -> new Reply(true, d.text(), "", List.of(), d.reason().code());
        };
    }

    private static List<String> articles(List<Citation> citations) {
        return citations.stream().map(c -> c.article().id()).distinct().toList();
    }
}
