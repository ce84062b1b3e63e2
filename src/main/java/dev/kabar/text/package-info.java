/**
 * Language-aware text primitives shared by ingestion, retrieval and answering: sentence
 * boundaries, word tokens and question language. JDK only.
 */
package dev.kabar.text;
