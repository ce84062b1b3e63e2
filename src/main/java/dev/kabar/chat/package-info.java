/**
 * The use cases every adapter shares — asking, searching, listing sources — with their results
 * and JSON shapes (records written by {@link dev.kabar.chat.KabarJson}). May import {@code article},
 * {@code text}, {@code retrieval} ports, {@code brief}, {@code answer} and Jackson; never an adapter,
 * Lucene, LangChain4j, Telegram or Javalin.
 */
package dev.kabar.chat;
