/**
 * The command line ({@code ./kabar serve|ask|search|index|sources|eval|bench|extract|telegram}) on picocli.
 * Talks to the core only through {@link dev.kabar.chat.LibraryOpener}, starts the web server
 * through {@link ServerLauncher} and the Telegram bot through {@link BotLauncher}; imports no
 * Lucene, LangChain4j, Telegram or Javalin.
 */
package dev.kabar.adapter.cli;
