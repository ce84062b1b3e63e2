/**
 * The command line ({@code ./kabar ask|search|index|sources|eval|bench}) on picocli. Talks to the core
 * only through {@link dev.kabar.chat.LibraryOpener}; imports no Lucene, LangChain4j, Telegram or Javalin.
 */
package dev.kabar.adapter.cli;
