package dev.kabar.retrieval;

import dev.kabar.article.Article;
import java.util.List;
import java.util.Optional;

/** Read access to the indexed articles, for source lists, permalinks and citation look-ups. */
public interface ArticleStore {

    /** All articles, ordered by id. */
    List<ArticleSummary> articles();

    Optional<Article> article(String id);

    /** The passage with id {@code articleId#ordinal}, with its article's metadata and score 0. */
    Optional<Hit> passage(String passageId);
}
