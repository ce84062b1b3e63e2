package dev.kabar.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.nio.file.Path;
import java.util.Map;

/** Shared checks and fixtures of the hostile-input tests. */
final class Leaks {

    private Leaks() {}

    /** Fails when {@code output} (what a user sees) shows a stack trace or names an exception class. */
    static void assertNoStackTrace(String what, String output) {
        for (String marker : HostileCorpus.LEAK_MARKERS) {
            assertThat(output).as(what + " leaks '" + marker + "'").doesNotContain(marker);
        }
    }

    private static Library shared;

    /**
     * The bundled corpus indexed once per test JVM and shared by the hostile tests (it is only read);
     * closed and deleted when the JVM exits.
     */
    static synchronized Library bundled() {
        if (shared == null) {
            try {
                Path dir = java.nio.file.Files.createTempDirectory("kabar-hostile-");
                Library library = open(null, dir.resolve("index"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    library.close();
                    deleteQuietly(dir);
                }, "kabar-hostile-cleanup"));
                shared = library;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            // a temp dir left behind is harmless
        }
    }

    static Library open(Path corpus, Path index) {
        return new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(corpus, index, null, false), m -> {});
    }
}
