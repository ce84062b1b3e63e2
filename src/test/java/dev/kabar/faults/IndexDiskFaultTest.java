package dev.kabar.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index directory that cannot be written, or a disk that fills up mid-build: one clear line, exit 2. */
class IndexDiskFaultTest {

    private static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void should_exit_2_with_one_line_when_the_index_directory_cannot_be_created() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");

        for (Path index : new Path[] {file.resolve("index"), Path.of("/proc/kabar-index")}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                    () -> new BufferedReader(new StringReader("")), false);
            int code = KabarCli.create(new Kabar(Map.of(), HOME), io).execute("index", "--index", index.toString());

            assertThat(code).as(index.toString()).isEqualTo(KabarCli.RUNTIME);
            assertThat(err.toString().lines().filter(l -> !l.startsWith("kabar: indexing")).toList())
                    .as(index.toString()).singleElement()
                    .satisfies(l -> assertThat(l).startsWith("kabar: cannot create index directory")
                            .contains("pass --index DIR").doesNotContain("Exception"));
        }
    }

    /**
     * A full disk, simulated with a file-size limit ({@code ulimit -f}) on a child {@code kabar index}:
     * writes past it fail with EFBIG, as they would with ENOSPC on a full disk.
     */
    @Test
    void should_exit_2_with_one_line_when_the_disk_fills_up_during_a_build() throws Exception {
        Path log = tmp.resolve("child.log");
        Process child = ChildKabar.start(log, "ulimit -f 256;", "-Xmx256m",
                "index", "--corpus", corpus().toString(), "--index", tmp.resolve("index").toString());
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isEqualTo(KabarCli.RUNTIME);
        assertThat(output.lines().filter(l -> !l.startsWith("kabar: indexing")).toList()).as(output).singleElement()
                .satisfies(l -> assertThat(l).startsWith("kabar: cannot write index at")
                        .contains("check free space and permissions"));
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** ~2 MB of JSONL, far more than the limit lets the index grow to. */
    private Path corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String text = Files.readString(HOME.resolve("data/articles/000_85e07a0e4b1d427b.txt"), StandardCharsets.UTF_8);
        Path out = tmp.resolve("corpus.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 400; i++) {
                w.write(json.createObjectNode().put("id", "d" + i).put("text", text + " nomor " + i).toString());
                w.newLine();
            }
        }
        return out;
    }
}
