package dev.kabar.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Question;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code kabar index} in the middle of a build: the index root must still serve
 * the previous generation, intact, and the next build must succeed and clear the leftovers.
 */
class IndexKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void should_serve_the_previous_generation_when_a_build_is_killed_midway() throws Exception {
        Path root = tmp.resolve("index");
        try (Library before = open(null, root)) { // generation 1: the bundled articles
            assertThat(before.store().articles()).hasSize(5);
        }
        String current = Files.readString(root.resolve("CURRENT")).strip();

        Process child = ChildKabar.start(tmp.resolve("child.log"), null, "-Xmx64m",
                "index", "--corpus", bigCorpus().toString(), "--index", root.toString());
        Path building = awaitFlushedSegment(root, child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.exists(building)).as("the killed build's directory is left behind").isTrue();
        assertThat(Files.readString(root.resolve("CURRENT")).strip()).isEqualTo(current);
        assertThat(new CheckIndex(FSDirectory.open(root.resolve(current))).checkIndex().clean).isTrue();
        try (Library after = open(null, root)) {
            assertThat(after.report().rebuilt()).isFalse();
            assertThat(after.store().articles()).hasSize(5);
            assertThat(after.door().ask(Question.of("Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?")).answer().grounded())
                    .isTrue();
        }
        Path small = Files.writeString(tmp.resolve("small.jsonl"),
                "{\"id\": \"s1\", \"text\": \"Banjir melanda Bekasi pada Senin setelah hujan deras semalaman.\"}\n");
        try (Library rebuilt = open(small, root)) {
            assertThat(rebuilt.report().rebuilt()).isTrue();
            assertThat(rebuilt.store().articles()).hasSize(1);
        }
        assertThat(Files.exists(building)).as("the next build removes the leftover").isFalse();
    }

    /** Waits until the child's build has flushed a segment into its {@code .building} directory. */
    private static Path awaitFlushedSegment(Path root, Process child) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            assertThat(child.isAlive()).as("the build ended before it could be killed").isTrue();
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().endsWith(".building")).toList()) {
                    try (Stream<Path> files = Files.list(dir)) {
                        if (files.anyMatch(f -> f.getFileName().toString().startsWith("_"))) {
                            return dir;
                        }
                    }
                }
            }
            Thread.onSpinWait();
            child.waitFor(20, TimeUnit.MILLISECONDS); // poll interval; returns early if the child dies
        }
        throw new AssertionError("no segment was flushed within 2 minutes");
    }

    /** ~30 MB of JSONL (the first segment flushes after 16 MB): every bundled article 3,000 times under fresh ids. */
    private Path bigCorpus() throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(HOME.resolve("data/articles"))) {
            texts = files.sorted().map(IndexKillTest::read).toList();
        }
        Path out = tmp.resolve("big.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3_000; i++) {
                for (int a = 0; a < texts.size(); a++) {
                    w.write(JSON.createObjectNode().put("id", "b" + i + "-" + a).put("text", texts.get(a)).toString());
                    w.newLine();
                }
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Library open(Path corpus, Path index) {
        return new Kabar(Map.of(), HOME).open(new LibraryRequest(corpus, index, null, false), m -> {});
    }
}
