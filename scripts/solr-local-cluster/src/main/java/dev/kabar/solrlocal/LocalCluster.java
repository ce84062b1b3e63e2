package dev.kabar.solrlocal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
  * A running {@link MiniSolrCloudCluster} whose nodes keep the index they had at start, so that
  * {@code stop 1} always means the same node (the cluster's own list drops a stopped node and appends
  * it again when it comes back).
  */
final class LocalCluster {

    private static final int WAIT_SECONDS = 60;

    private final MiniSolrCloudCluster cluster;
    private final List<JettySolrRunner> nodes;
    private final List<String> names = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();

    private LocalCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
        this.nodes = List.copyOf(cluster.getJettySolrRunners());
        for (JettySolrRunner node : nodes) {
            names.add(node.getNodeName());
            urls.add(node.getBaseUrl().toString());
        }
    }

    /** Starts ZooKeeper and {@code nodes} Solr nodes under {@code dir}; returns once all are live. */
    static LocalCluster start(int nodes, Path dir) throws Exception {
        // Jetty listens on 127.0.0.1 only, on a free port (0); ZooKeeper likewise. The v2 API (/api) as
        // a real node has it.
        JettyConfig jetty =
                JettyConfig.builder().setPort(0).enableV2(true).stopAtShutdown(false).build();
        return new LocalCluster(new MiniSolrCloudCluster(nodes, dir.resolve("cluster"), jetty));
    }

    /** ZooKeeper's address with the cluster's chroot, as SolrJ wants it: {@code 127.0.0.1:p/solr}. */
    String zkHosts() {
        return cluster.getZkServer().getZkAddress();
    }

    int size() {
        return nodes.size();
    }

    /** Node {@code i}'s base URL, {@code http://127.0.0.1:<port>/solr}. */
    String url(int i) {
        return urls.get(i);
    }

    boolean running(int i) {
        return nodes.get(i).isRunning();
    }

    /** Stops node {@code i} and returns once ZooKeeper no longer lists it as live. */
    void stop(int i) throws Exception {
        String name = names.get(i);
        cluster.stopJettySolrRunner(nodes.get(i));
        cluster
                .getZkStateReader()
                .waitForLiveNodes(WAIT_SECONDS, TimeUnit.SECONDS, (before, now) -> !now.contains(name));
    }

    /** Starts node {@code i} again on its old port and returns once it is live. */
    void start(int i) throws Exception {
        cluster.startJettySolrRunner(nodes.get(i), true);
        cluster.waitForNode(nodes.get(i), WAIT_SECONDS);
        urls.set(i, nodes.get(i).getBaseUrl().toString());
    }

    /** Stops every node, then ZooKeeper. */
    void shutdown() throws Exception {
        cluster.shutdown();
    }
}
