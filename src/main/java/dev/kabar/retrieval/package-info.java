/**
 * Retrieval ports ({@link dev.kabar.retrieval.PassageRetriever}, {@link dev.kabar.retrieval.ArticleStore})
 * and the alias table that widens queries. May import {@code dev.kabar.article} and
 * {@code dev.kabar.text}; only the {@code lucene} sub-package imports Lucene.
 */
package dev.kabar.retrieval;
