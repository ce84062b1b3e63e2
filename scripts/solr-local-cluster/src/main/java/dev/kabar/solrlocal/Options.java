package dev.kabar.solrlocal;

import java.nio.file.Path;
import java.util.Optional;

/**
  * The command line: {@code [--nodes N] [--dir DIR]}.
  *
  * @param nodes how many Solr nodes, 1 to {@value #MAX_NODES}
  * @param dir where the cluster keeps its data and log; empty for a temporary directory removed at
  *     exit (a named one is kept, for reading {@code solr.log})
  * @param help whether only the usage was asked for
  */
record Options(int nodes, Optional<Path> dir, boolean help) {

    static final int MAX_NODES = 8;

    static final String USAGE = """
            usage: scripts/solr-local [--nodes N] [--dir DIR]
              Starts a SolrCloud on 127.0.0.1 (embedded ZooKeeper, chroot /solr, free ports), prints
                ZK=<host:port/solr> SOLR=<node URL>,<node URL>,...
              once ready, and runs until stopped (Ctrl-C or SIGTERM). It creates no collection.
              --nodes N   Solr nodes to start (default 2, at most %d)
              --dir DIR   data and solr.log here (a new or empty directory, kept at exit);
                          default: a temporary directory removed at exit
              Commands on stdin, one a line: stop <i>, start <i> (i counts nodes from 0).
            """.formatted(MAX_NODES);

    Options {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new IllegalArgumentException(
                    "--nodes must be from 1 to " + MAX_NODES + ", not " + nodes);
        }
    }

    /** Reads the arguments; a bad one is an {@link IllegalArgumentException} naming it. */
    static Options parse(String... args) {
        int nodes = 2;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return new Options(nodes, Optional.empty(), true);
                }
                case "--nodes" -> nodes = number(arg, value(args, ++i, arg));
                case "--dir" -> dir = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException(
                        "unknown argument '" + arg + "' (usage: scripts/solr-local [--nodes N] [--dir DIR])");
            }
        }
        return new Options(nodes, Optional.ofNullable(dir), false);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not '" + value + "'");
        }
    }
}
