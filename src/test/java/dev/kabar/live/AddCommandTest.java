package dev.kabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.adapter.cli.AddCommand;
import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.adapter.cli.RemoveCommand;
import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar add} and {@code kabar remove}, with a server on the same state and without one. */
class AddCommandTest {

    @TempDir
    Path state;

    private NewsSite site;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Run kabar(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("KABAR_STATE_PATH", state.toString(),
                "KABAR_FETCH_ALLOW_PRIVATE", "true"));
        env.putAll(extraEnv);
        Kabar kabar = new Kabar(env, Path.of("").toAbsolutePath());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        int code = KabarCli.create(kabar, io, new AddCommand(kabar, kabar, io), new RemoveCommand(kabar, kabar, io))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_write_the_index_directly_when_no_server_runs() throws Exception {
        Run added = kabar(Map.of(), "add", site.url("/pendek").toString(), site.url("/laporan.pdf").toString());

        assertThat(added.code()).isEqualTo(KabarCli.RUNTIME);
        assertThat(added.out()).startsWith("added web-").contains("Festival Layang-layang Parangtritis");
        assertThat(added.err()).contains("not an HTML page (application/pdf)");
        try (LiveServer server = new LiveServer(state, Map.of())) {
            assertThat(server.library.store().articles()).anyMatch(a -> a.meta().id().startsWith("web-"));
        }
        String id = added.out().split("\\s+")[1];
        Run removed = kabar(Map.of(), "remove", id);
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).isEqualTo("removed " + id + System.lineSeparator());
        assertThat(Files.exists(state.resolve("added/" + id + ".json"))).isFalse();
    }

    @Test
    void should_go_through_the_server_running_on_the_same_state() throws Exception {
        try (LiveServer server = new LiveServer(state, Map.of("KABAR_ADMIN_TOKEN", "t0ken"))) {
            Run withoutToken = kabar(Map.of(), "add", site.url("/berita/festival-layang").toString());
            Run added = kabar(Map.of("KABAR_ADMIN_TOKEN", "t0ken"), "add", site.url("/berita/festival-layang").toString());

            assertThat(withoutToken.code()).isEqualTo(KabarCli.RUNTIME);
            assertThat(withoutToken.err()).contains("set KABAR_ADMIN_TOKEN");
            assertThat(added.code()).as(added.err()).isZero();
            assertThat(added.out()).startsWith("added web-");
            // the server holds the index's write lock: only going through it can have added this
            assertThat(server.library.store().articles()).anyMatch(a -> a.meta().id().startsWith("web-"));
        }
        assertThat(Files.exists(state.resolve("server"))).as("the address is gone with the server").isFalse();
    }
}
