package dev.kabar.eval;

import java.util.List;

/** A question-answering system under evaluation: how it ranks articles and what it answers. */
public interface QaSystem {

    /** Short name for reports, e.g. {@code kabar}, {@code bm25}. */
    String name();

    /** Article ids of the top 10 retrieved passages, best first (an article may repeat). */
    List<String> rank(String question);

    /** The answer to {@code question}, the way a user would get it. */
    Reply answer(String question);
}
