/**
 * {@code kabar eval}: reads reading-comprehension datasets (SQuAD 2.0 JSON, FacQA CSV), turns their
 * paragraphs into an article corpus, asks every question the way a user would and scores retrieval,
 * answers, refusals and speed; with {@code --briefings}, asks a topic briefing per article of a
 * corpus and checks it by the briefing invariants. May import {@code chat}, {@code brief},
 * {@code answer}, {@code article}, {@code retrieval} ports, {@code text} and Jackson; never Lucene,
 * picocli or an adapter.
 */
package dev.kabar.eval;
