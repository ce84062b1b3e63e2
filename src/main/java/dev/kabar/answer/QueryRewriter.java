package dev.kabar.answer;

import dev.kabar.text.Language;
import java.util.List;

/** Turns what the user typed into what kabar searches for. */
public interface QueryRewriter {

    /**
     * A follow-up ("Dan Negara B?") rewritten as a question that stands alone ("Apa kata Negara B?").
     *
     * @param previous the conversation's earlier standalone questions, oldest first; not empty
     */
    String standalone(List<String> previous, String followUp);

    /** The text to search with: the question itself, or the question widened (e.g. with an Indonesian rendering). */
    default String searchQuery(String question, Language language) {
        return question;
    }
}
