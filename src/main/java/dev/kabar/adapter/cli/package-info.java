/**
 * The command line ({@code ./kabar serve|ask|search|index|sources|eval|bench}) on picocli. Talks to the core
 * only through {@link dev.kabar.chat.LibraryOpener} (and starts servers through {@link ServerLauncher}); imports no Lucene, LangChain4j, Telegram or Javalin.
 */
package dev.kabar.adapter.cli;
