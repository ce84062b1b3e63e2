/**
 * Digests of what is new: the subscriptions ({@link dev.kabar.digest.Subscriptions}, durable in the
 * state directory: chat, topic, language, what was delivered up to, when the next one is due) and
 * the entries of one digest ({@link dev.kabar.digest.Digests}: the articles taken in from feeds in a
 * time window, those a search for the topic finds, each with its key point from the briefings and
 * the passage that holds it). The Telegram adapter renders and sends them. May import {@code
 * dev.kabar.article}, {@code dev.kabar.text}, {@code dev.kabar.brief}, {@code dev.kabar.retrieval}
 * ports, {@code dev.kabar.feed} (the ledger) and Jackson.
 */
package dev.kabar.digest;
