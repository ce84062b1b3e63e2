package dev.kabar.chat;

import java.nio.file.Path;

/**
 * Which library to open.
 *
 * @param corpus folder of {@code .txt} articles or a {@code .jsonl} file; {@code null} for the configured one
 * @param index index directory; {@code null} for the configured one
 * @param config properties file; {@code null} for {@code config/kabar.properties}
 * @param forceRebuild re-index even when the index is current
 */
public record LibraryRequest(Path corpus, Path index, Path config, boolean forceRebuild) {}
