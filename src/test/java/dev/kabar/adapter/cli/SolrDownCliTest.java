package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code KABAR_RETRIEVAL_BACKEND=solr} with no Solr listening (node URLs of closed loopback ports):
 * {@code ask}, {@code index}, {@code search} and {@code serve} each print one line that says what
 * to do, and exit non-zero, without a stack trace and without starting anything.
 */
class SolrDownCliTest {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final List<String> LEAKS = List.of("Exception", "\tat ", ".java:", "Caused by");

    private static String urls;
    private static String hosts;

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    @BeforeAll
    static void closedPorts() throws IOException {
        int a = closedPort();
        int b = closedPort();
        urls = "http://127.0.0.1:" + a + "/solr,http://127.0.0.1:" + b + "/solr";
        hosts = "127.0.0.1:" + a + ", 127.0.0.1:" + b;
    }

    /** A loopback port that was free a moment ago and has nobody listening now. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        Map<String, String> env = Map.of("KABAR_RETRIEVAL_BACKEND", "solr", "KABAR_SOLR_URLS", urls,
                "KABAR_STATE_PATH", tmp.resolve("state").toString());
        Kabar kabar = new Kabar(env, HOME);
        int code = KabarCli.create(kabar, io, new ServeCommand(kabar, kabar, io)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_say_in_one_line_that_solr_is_not_answering_when_asked() {
        assertDownLine(run("ask", "Kapan pakta ditandatangani?", "--index", tmp.resolve("index").toString()));
    }

    @Test
    void should_say_in_one_line_that_solr_is_not_answering_when_indexing() {
        assertDownLine(run("index", "--index", tmp.resolve("index").toString()));
    }

    @Test
    void should_say_in_one_line_that_solr_is_not_answering_when_searching() {
        assertDownLine(run("search", "pakta", "--index", tmp.resolve("index").toString()));
    }

    @Test
    void should_refuse_to_start_serving_against_a_cluster_that_is_down() {
        Run r = run("serve", "--port", "0", "--index", tmp.resolve("index").toString());

        assertDownLine(r);
        assertThat(r.out()).as("no address printed: nothing listens").doesNotContain("http://");
    }

    private static void assertDownLine(Run r) {
        assertThat(r.code()).as(r.err()).isEqualTo(KabarCli.RUNTIME);
        assertThat(r.err().strip().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err().strip())
                .startsWith("kabar: Solr is not answering at " + hosts + " (")
                .endsWith("start the cluster or fix solr.urls (KABAR_SOLR_URLS)");
        LEAKS.forEach(leak -> assertThat(r.err() + r.out()).doesNotContain(leak));
    }
}
