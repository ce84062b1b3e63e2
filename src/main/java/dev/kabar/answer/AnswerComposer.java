package dev.kabar.answer;

import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.List;

/** Writes the answer to a question from retrieved passages, and only from them. */
public interface AnswerComposer {

    /**
     * @param question the user's question as typed
     * @param language the language to frame the answer in
     * @param hits retrieved passages, best first; empty means the answer must be a decline
     */
    Answer compose(String question, Language language, List<Hit> hits);

    /** The name reported as {@code composer} in results, e.g. {@code extractive}. */
    String name();
}
