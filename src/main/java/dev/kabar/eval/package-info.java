/**
 * {@code kabar eval}: reads reading-comprehension datasets (SQuAD 2.0 JSON, FacQA CSV), turns their
 * paragraphs into an article corpus, asks every question the way a user would and scores retrieval,
 * answers, refusals and speed. May import {@code chat}, {@code answer}, {@code article},
 * {@code retrieval} ports, {@code text} and Jackson; never Lucene, picocli or an adapter.
 */
package dev.kabar.eval;
