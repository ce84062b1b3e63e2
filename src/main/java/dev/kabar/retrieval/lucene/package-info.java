/**
 * The Lucene implementation of the retrieval ports and the index's lifecycle: index generations on
 * disk ({@link dev.kabar.retrieval.lucene.LuceneIndexes}), the open index
 * ({@link dev.kabar.retrieval.lucene.LuceneIndex}), the live index a re-index swaps
 * ({@link dev.kabar.retrieval.lucene.LiveIndex}), building from a corpus when its stamp changes and
 * on demand ({@link dev.kabar.retrieval.lucene.CorpusIndex}) and safe query building
 * ({@link dev.kabar.retrieval.lucene.QueryBuilder}). The only package that imports
 * {@code org.apache.lucene}; no Lucene type appears in its public signatures. May import
 * {@code dev.kabar.article}, {@code dev.kabar.text}, {@code dev.kabar.ingestion} (to read a corpus
 * into an index) and {@code dev.kabar.retrieval}.
 */
package dev.kabar.retrieval.lucene;
