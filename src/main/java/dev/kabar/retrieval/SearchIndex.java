package dev.kabar.retrieval;

import dev.kabar.article.Article;
import java.util.function.Consumer;

/**
 * A serving index, embedded or remote: ranked passage search, article look-ups, and changes that
 * are visible to the next search once they return. {@link Builds} are how a corpus fills it.
 */
public interface SearchIndex extends PassageRetriever, ArticleStore, AutoCloseable {

    /** Adds or replaces {@code article} (its article and all its passages), visible when this returns. */
    void put(Article article);

    /** Deletes article {@code id} and its passages; false when there was none. */
    boolean remove(String id);

    /** Passages searchable now. */
    int passageCount();

    /** The evaluation baseline: plain BM25 on stemmed passage text; no aliases, phrases or boosts. */
    PassageRetriever plain();

    /** Makes a build that finished since opening visible to searches. */
    void reopen();

    @Override
    void close();

    /** How a whole corpus is written into an index, and whether the one there is current. */
    interface Builds {

        /** Whether the index was built with {@code stamp} (the corpus, its settings and the index format). */
        boolean isCurrent(String stamp);

        /**
         * Writes {@code articles} as the whole index, replacing what it held, and records {@code stamp}.
         *
         * @param progress told now and then how far the build is, in a line for a person
         */
        Built build(String stamp, Iterable<Article> articles, Consumer<String> progress);
    }

    /**
     * What a build wrote.
     *
     * @param articles articles indexed
     * @param passages passages indexed
     */
    record Built(int articles, long passages) {}
}
