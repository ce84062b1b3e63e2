package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar serve} end to end: index, serve on a free port, answer, stop when interrupted. */
class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("at (http://\\S+/) ");

    @TempDir
    Path tmp;

    /** Completes {@link #url} as soon as serve prints (and flushes) the address it listens on. */
    private final CompletableFuture<URI> url = new CompletableFuture<>();
    private final StringWriter out = new StringWriter() {
        @Override
        public void flush() {
            Matcher m = URL.matcher(toString());
            if (m.find()) {
                url.complete(URI.create(m.group(1)));
            }
        }
    };
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        Kabar kabar = new Kabar(Map.of(), Path.of("").toAbsolutePath());
        return KabarCli.create(kabar, io, new ServeCommand(kabar, kabar, io)).execute(args);
    }

    @Test
    void should_serve_until_interrupted_then_stop_cleanly() throws Exception {
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(execute("serve", "--port", "0", "--index",
                tmp.resolve("index").toString())), "serve-under-test");
        serving.start();
        URI base = awaitUrl();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        serving.interrupt();
        serving.join(Duration.ofSeconds(20));

        assertThat(serving.isAlive()).isFalse();
        assertThat(code.get()).as(err.toString()).isZero();
        assertThat(err.toString()).contains("kabar: stopped");
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    @Test
    void should_refuse_a_port_out_of_range_as_a_usage_error() {
        assertThat(execute("serve", "--port", "70000", "--index", tmp.resolve("index").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--port");
    }

    private URI awaitUrl() throws Exception {
        try {
            return url.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("kabar serve printed no URL within 60 s; stderr: " + err, e);
        }
    }
}
