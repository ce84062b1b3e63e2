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

    /** The bundled corpus, indexed under {@code index}. */
    static Library bundled(Path index) {
        return open(null, index);
    }

    static Library open(Path corpus, Path index) {
        return new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(corpus, index, null, false), m -> {});
    }
}
