package dev.kabar.solrlocal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
  * {@code scripts/solr-local}: starts a SolrCloud on loopback, prints one line
  * {@code ZK=127.0.0.1:<port>/solr SOLR=<node URL>,...} once every node is live, then serves the
  * fault-test commands on stdin until SIGINT or SIGTERM. The end of stdin does not stop it, so it runs
  * in a terminal or in the background alike.
  */
public final class SolrLocal {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private SolrLocal() {}

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail(2, e.getMessage());
            return;
        }
        if (options.help()) {
            OUT.print(Options.USAGE);
            return;
        }
        Path dir = dataDir(options);
        Path log = dir.resolve("solr.log");
        configure(log);

        LocalCluster cluster;
        try {
            cluster = LocalCluster.start(options.nodes(), dir);
        } catch (Exception e) {
            fail(1, "could not start the cluster: " + Commands.oneLine(e) + " (Solr's log: " + log + ")");
            return;
        }
        Object lock = new Object();
        boolean removeDir = options.dir().isEmpty();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> shutDown(cluster, lock, removeDir ? dir : null), "solr-local-stop"));

        StringJoiner urls = new StringJoiner(",");
        for (int i = 0; i < cluster.size(); i++) {
            urls.add(cluster.url(i));
        }
        OUT.println("ZK=" + cluster.zkHosts() + " SOLR=" + urls);

        Commands commands = new Commands(cluster);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String reply;
                synchronized (lock) {
                    reply = commands.run(line);
                }
                if (reply != null) {
                    OUT.println(reply);
                }
            }
        } catch (IOException e) {
            // stdin gone: the cluster keeps running, as it does when stdin simply ends
        }
        new CountDownLatch(1).await(); // until SIGINT or SIGTERM runs the shutdown hook
    }

    /** The data directory: {@code --dir} (new or empty), else a new temporary one. */
    private static Path dataDir(Options options) {
        try {
            if (options.dir().isEmpty()) {
                return Files.createTempDirectory("kabar-solr-local-");
            }
            Path dir = options.dir().get().toAbsolutePath();
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    fail(2, "--dir " + dir + " is not empty; give a new or empty directory");
                }
            }
            return dir;
        } catch (IOException e) {
            fail(2, "cannot make the data directory: " + Commands.oneLine(e));
            throw new UncheckedIOException(e); // not reached: fail exits
        }
    }

    /**
      * System properties read when Solr's classes load, so set before the first of them: logging into
      * {@code solr.log} only (java.util.logging, which Lucene and Jersey use, keeps only its severe
      * messages on stderr), the embedded ZooKeeper without its admin web server, Jetty in the test mode
      * {@code MiniSolrCloudCluster} is made for, and configset uploads over HTTP allowed (kabar's
      * {@code ./kabar index} uploads its configset with the ConfigSets API).
      */
    private static void configure(Path log) {
        Logger.getLogger("").setLevel(Level.SEVERE);
        System.setProperty("kabar.solrlocal.log", log.toString());
        System.setProperty("solr.log.dir", log.getParent().toString());
        System.setProperty("log4j2.configurationFile", "solr-local-log4j2.xml");
        System.setProperty("zookeeper.admin.enableServer", "false");
        System.setProperty("jetty.testMode", "true");
        System.setProperty("configset.upload.enabled", "true");
    }

    private static void shutDown(LocalCluster cluster, Object lock, Path removable) {
        synchronized (lock) {
            try {
                cluster.shutdown();
            } catch (Exception e) {
                System.err.println("solr-local: shutting down: " + Commands.oneLine(e));
            }
        }
        if (removable != null) {
            try (Stream<Path> paths = Files.walk(removable)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                System.err.println("solr-local: could not remove " + removable + ": " + Commands.oneLine(e));
            }
        }
    }

    private static void fail(int status, String message) {
        System.err.println("solr-local: " + message);
        System.exit(status);
    }
}
