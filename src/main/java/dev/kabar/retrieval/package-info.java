/**
 * Retrieval ports ({@link dev.kabar.retrieval.PassageRetriever}, {@link dev.kabar.retrieval.ArticleStore}),
 * the alias table that widens queries, and the index's identity and report
 * ({@link dev.kabar.retrieval.IndexStamp}, {@link dev.kabar.retrieval.IndexReport}). May import
 * {@code dev.kabar.article} and {@code dev.kabar.text}; only the {@code lucene} sub-package imports Lucene.
 */
package dev.kabar.retrieval;
