/**
 * The front door every adapter sends a question, search or briefing topic through ({@link
 * dev.kabar.chat.FrontDoor}: validation, the per-caller rate limit, language detection — once), the
 * use cases behind it, their results and JSON shapes (records written by {@link
 * dev.kabar.chat.KabarJson}), and every sentence kabar says to a person ({@link
 * dev.kabar.chat.Messages}, one resource bundle in Indonesian and English). May import
 * {@code article}, {@code text}, {@code retrieval} ports, {@code brief}, {@code answer} and Jackson;
 * never an adapter, Lucene, LangChain4j, Telegram or Javalin.
 */
package dev.kabar.chat;
