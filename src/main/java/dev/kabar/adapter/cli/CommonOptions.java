package dev.kabar.adapter.cli;

import dev.kabar.chat.LibraryRequest;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that opens the library accepts. */
final class CommonOptions {

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Folder of .txt articles or a .jsonl file (default: corpus.path, data/articles).")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index directory (default: index.path, else <state.path>/index: data/state/index).")
    Path index;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file (default: config/kabar.properties).")
    Path config;

    LibraryRequest request(boolean forceRebuild) {
        return new LibraryRequest(abs(corpus), abs(index), abs(config), forceRebuild);
    }

    private static Path abs(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize();
    }
}
