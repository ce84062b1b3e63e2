/**
 * Synonyms of Indonesian words from a system thesaurus in LibreOffice's MyThes format (Debian's
 * {@code mythes-id}, read from {@code lexicon.thesaurus}), for widening a question's words at query
 * time. May import the JDK and {@code dev.kabar.text}.
 */
package dev.kabar.text.thesaurus;
