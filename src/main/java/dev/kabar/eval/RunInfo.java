package dev.kabar.eval;

import dev.kabar.retrieval.IndexReport;

/**
 * What an evaluation ran on, for the report.
 *
 * @param dataset the dataset path as given
 * @param skipped bad dataset entries left out
 * @param corpus what went into the corpus
 * @param index what indexing it did (articles and passages actually indexed, rejected lines)
 */
public record RunInfo(String dataset, int skipped, CorpusWriter.Stats corpus, IndexReport index) {}
