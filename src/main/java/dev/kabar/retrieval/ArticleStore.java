package dev.kabar.retrieval;

import dev.kabar.article.Article;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Read access to the indexed articles, for source lists, permalinks and citation look-ups. */
public interface ArticleStore {

    /** All articles, ordered by id. */
    List<ArticleSummary> articles();

    Optional<Article> article(String id);

    /** The passage with id {@code articleId#ordinal}, with its article's metadata and score 0. */
    Optional<Hit> passage(String passageId);

    /**
     * A number that changes whenever the articles may have changed (a re-index, an update made
     * visible), so a cache of anything derived from {@link #articles()} can key on it.
     */
    long version();

    /**
     * Bytes the index holds on disk over all its copies, where the store measures them itself (a
     * remote collection's replicas); empty where a caller measures its directory.
     */
    default OptionalLong bytesOnDisk() {
        return OptionalLong.empty();
    }
}
