package dev.kabar.retrieval.solr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local SolrCloud of {@code scripts/solr-local} (module {@code scripts/solr-local-cluster}) run
 * as a child JVM for the Solr backend's integration tests: it only runs a process, so no Solr type
 * (nor Solr's Lucene 9) comes near kabar's test class path. One cluster per test JVM, started by the
 * first {@link #shared()} and stopped by a shutdown hook, since starting one costs seconds; a test
 * that stops a node starts it again before it ends. When the module is not built, {@link #shared()}
 * skips the asking test.
 */
public final class SolrLocalCluster {

    private static final Path MODULE = Path.of("scripts/solr-local-cluster").toAbsolutePath();
    private static final Path CLASSES = MODULE.resolve("target/classes");
    private static final Path CLASSPATH = MODULE.resolve("target/classpath.txt");
    private static final String MAIN = "dev.kabar.solrlocal.SolrLocal";
    private static final Pattern READY = Pattern.compile("ZK=(\\S+) SOLR=(\\S+)");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration COMMAND = Duration.ofMinutes(2);
    private static final String EOF = "\u0000end of output";

    private static SolrLocalCluster shared;
    private static IllegalStateException sharedFailure;

    private final Process process;
    private final Path errors;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String zkHosts;
    private final List<String> urls;

    private SolrLocalCluster(int nodes) throws IOException, InterruptedException {
        errors = Files.createTempFile("kabar-solr-local-", ".err");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx1536m",
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow"); // Solr's libraries use sun.misc.Unsafe
        }
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", CLASSES + ":" + Files.readString(CLASSPATH).strip(),
                MAIN, "--nodes", Integer.toString(nodes)));
        process = new ProcessBuilder(command)
                .redirectError(errors.toFile())
                .start();
        commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "solr-local-output");
        reader.setDaemon(true);
        reader.start();

        Matcher m;
        try {
            String ready = next(STARTUP, "start");
            m = READY.matcher(ready);
            if (!m.matches()) {
                throw new IllegalStateException("solr-local printed '" + ready + "' instead of ZK=... SOLR=...");
            }
        } catch (IllegalStateException | InterruptedException e) {
            close();
            throw e;
        }
        zkHosts = m.group(1);
        urls = List.of(m.group(2).split(","));
    }

    /**
     * The test JVM's cluster of two nodes, started on first use; skips the calling test when the
     * module is not built.
     */
    public static synchronized SolrLocalCluster shared() {
        assumeTrue(Files.isRegularFile(CLASSPATH) && Files.isDirectory(CLASSES.resolve("dev")),
                "scripts/solr-local-cluster is not built: run ./mvnw -o verify from the repository root");
        if (sharedFailure != null) {
            throw sharedFailure; // one failed start is enough: later tests fail fast with its reason
        }
        if (shared == null) {
            try {
                shared = new SolrLocalCluster(2);
            } catch (IOException e) {
                throw sharedFailure = new IllegalStateException("cannot run solr-local: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while solr-local started", e);
            } catch (IllegalStateException e) {
                throw sharedFailure = e;
            }
            SolrLocalCluster started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "solr-local-stop"));
        }
        return shared;
    }

    /** ZooKeeper's address with the chroot, e.g. {@code 127.0.0.1:41069/solr}. */
    public String zkHosts() {
        return zkHosts;
    }

    /** The nodes' base URLs, e.g. {@code http://127.0.0.1:32871/solr}, node 0 first. */
    public List<String> urls() {
        return urls;
    }

    /** Stops node {@code i}; returns once ZooKeeper no longer lists it as live. */
    public synchronized void stop(int i) {
        command("stop " + i, "STOPPED ");
    }

    /** Starts node {@code i} again on the same URL; returns once it is live. */
    public synchronized void start(int i) {
        command("start " + i, "STARTED ");
    }

    /** Stops the cluster (SIGTERM: the child shuts Solr and ZooKeeper down and removes its data). */
    public synchronized void close() {
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(errors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (IOException e) {
            // a temporary file left behind
        }
    }

    private void command(String line, String expected) {
        try {
            commands.write(line + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("solr-local no longer reads commands: " + lastError(), e);
        }
        String reply;
        try {
            reply = next(COMMAND, line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for '" + line + "'", e);
        }
        if (!reply.startsWith(expected)) {
            throw new IllegalStateException("solr-local answered '" + line + "' with: " + reply);
        }
    }

    private String next(Duration timeout, String what) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new IllegalStateException("solr-local gave no answer to " + what + " within " + timeout
                    + lastError().map(e -> "; it said: " + e).orElse(""));
        }
        if (line.equals(EOF)) {
            throw new IllegalStateException("solr-local exited during " + what
                    + lastError().map(e -> ": " + e).orElse(" without a message"));
        }
        return line;
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child went away; EOF below says so
        }
        lines.add(EOF);
    }

    private Optional<String> lastError() {
        try {
            List<String> said = Files.readAllLines(errors, StandardCharsets.UTF_8);
            return said.isEmpty() ? Optional.empty() : Optional.of(said.getLast());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
