package dev.kabar.answer;

import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Like {@link #composition}, passing text to {@code tokens} as it is written. What was streamed
     * is a draft: the returned answer is the one to show, and replaces the streamed text where they
     * differ. Composers that do not stream pass their whole answer once.
     */
    default Composition stream(String question, Language language, List<Hit> hits, Consumer<String> tokens) {
        Composition c = composition(question, language, hits);
        tokens.accept(c.answer().text());
        return c;
    }
}
