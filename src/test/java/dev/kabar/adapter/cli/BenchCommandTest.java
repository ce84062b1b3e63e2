package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code kabar bench --backend}: a backend it cannot use is one line saying what to do, before any work. */
class BenchCommandTest {

    private static final Path HOME = Path.of("").toAbsolutePath();

    private record Run(int code, String out, String err) {}

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        int code = KabarCli.create(new Kabar(env, HOME), io).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_exit_1_with_the_choices_when_the_backend_is_unknown() {
        Run r = run(Map.of(), "bench", "--backend", "elastic", "--questions", "10");

        assertThat(r.code()).isEqualTo(KabarCli.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--backend must be configured, lucene, solr or both");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void should_say_to_set_the_urls_in_one_line_when_solr_is_asked_for_without_a_cluster() {
        Run r = run(Map.of(), "bench", "--backend", "both", "--questions", "10", "--warmup", "0", "--briefings", "0",
                "--threads", "1");

        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines().filter(l -> l.startsWith("kabar: ") && l.contains("KABAR_SOLR_URLS"))).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
