/**
 * The Lucene implementation of the retrieval ports: index generations on disk
 * ({@link dev.kabar.retrieval.lucene.LuceneIndexes}), the open index
 * ({@link dev.kabar.retrieval.lucene.LuceneIndex}) and safe query building
 * ({@link dev.kabar.retrieval.lucene.QueryBuilder}). The only package that imports
 * {@code org.apache.lucene}; no Lucene type appears in its public signatures. May import
 * {@code dev.kabar.article}, {@code dev.kabar.text} and {@code dev.kabar.retrieval}.
 */
package dev.kabar.retrieval.lucene;
