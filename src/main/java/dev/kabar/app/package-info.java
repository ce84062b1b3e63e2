/**
 * Configuration ({@link dev.kabar.app.Settings}, {@code KabarConfig}) and the composition root
 * ({@link dev.kabar.app.Kabar}, {@link dev.kabar.app.TelegramLauncher}, {@link dev.kabar.app.Main}):
 * plain constructor code that wires every other package, and no logic of its own. May import
 * everything.
 */
package dev.kabar.app;
