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

    /**
     * The answer with the name of whoever actually wrote it (a model-backed composer may fall back
     * to another) and the citation check's report, when one ran.
     */
    default Composition composition(String question, Language language, List<Hit> hits) {
        return Composition.unchecked(compose(question, language, hits), name());
    }
}
