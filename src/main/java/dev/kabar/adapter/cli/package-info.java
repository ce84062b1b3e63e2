/**
 * The command line ({@code ./kabar ask|search|index|sources|eval|bench|telegram}) on picocli. Talks
 * to the core only through {@link dev.kabar.chat.LibraryOpener}, and starts the Telegram bot through
 * {@link dev.kabar.adapter.cli.BotLauncher}; imports no Lucene, LangChain4j, Telegram or Javalin.
 */
package dev.kabar.adapter.cli;
