package dev.kabar.solrlocal;

import java.util.Locale;

/**
  * The fault-test commands read on stdin, one a line: {@code stop <i>} and {@code start <i>}. Each
  * gets exactly one reply line: {@code STOPPED <url>}, {@code STARTED <url>} or {@code ERROR ...}.
  */
final class Commands {

    private final LocalCluster cluster;

    Commands(LocalCluster cluster) {
        this.cluster = cluster;
    }

    /** Runs one command line; returns its reply, or null for a blank line. */
    String run(String line) {
        String[] words = line.trim().split("\\s+");
        if (words[0].isEmpty()) {
            return null;
        }
        String verb = words[0].toLowerCase(Locale.ROOT);
        if (!verb.equals("stop") && !verb.equals("start")) {
            return "ERROR unknown command '" + line.trim() + "': use stop <i> or start <i>";
        }
        if (words.length != 2 || !words[1].matches("\\d{1,3}")) {
            return "ERROR " + verb + " needs one node number, from 0 to " + (cluster.size() - 1);
        }
        int i = Integer.parseInt(words[1]);
        if (i >= cluster.size()) {
            return "ERROR no node " + i + ": the nodes are 0 to " + (cluster.size() - 1);
        }
        boolean stop = verb.equals("stop");
        if (stop != cluster.running(i)) {
            return "ERROR node " + i + " is already " + (stop ? "stopped" : "running");
        }
        try {
            if (stop) {
                cluster.stop(i);
            } else {
                cluster.start(i);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "ERROR " + verb + " " + i + " interrupted";
        } catch (Exception e) {
            return "ERROR " + verb + " " + i + " failed: " + oneLine(e);
        }
        return (stop ? "STOPPED " : "STARTED ") + cluster.url(i);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
