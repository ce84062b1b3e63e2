/**
 * The use cases every adapter shares — asking, searching, listing sources — with their results
 * and JSON shape. May import {@code article}, {@code text}, {@code retrieval} ports, {@code brief} and
 * {@code answer}; never an adapter, Lucene, LangChain4j, Telegram or Javalin.
 */
package dev.kabar.chat;
