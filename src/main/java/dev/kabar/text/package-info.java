/**
 * Language-aware text primitives shared by ingestion, retrieval, answering and briefings: sentence
 * boundaries, word tokens and question language, and the word lists they share — month and weekday
 * names, verbs of saying, role words, openers that point back, countries and organisations — one
 * file each under {@code dev/kabar/text/}, read only by {@code WordFile} (the bilingual tables by
 * {@code BundledTable}). JDK only.
 */
package dev.kabar.text;
