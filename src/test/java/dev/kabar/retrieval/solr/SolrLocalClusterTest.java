package dev.kabar.retrieval.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/solr-local}'s cluster over real HTTP: its nodes and live-node list, a configset
 * uploaded and a collection of 2 shards x 2 replicas made as kabar's index command will, a node
 * stopped and started.
 */
class SolrLocalClusterTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "solr-local-check";

    @Test
    void should_give_loopback_addresses_and_list_both_nodes_live_when_started() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();

        assertThat(cluster.zkHosts()).matches("127\\.0\\.0\\.1:\\d+/solr");
        assertThat(cluster.urls()).hasSize(2).allMatch(url -> url.matches("http://127\\.0\\.0\\.1:\\d+/solr"));
        for (String url : cluster.urls()) {
            JsonNode system = get(url + "/admin/info/system?wt=json");
            assertThat(system.path("mode").asText()).isEqualTo("solrcloud");
            assertThat(system.path("lucene").path("solr-spec-version").asText()).startsWith("9.10.1");
        }
        assertThat(liveNodes(cluster.urls().get(0))).containsExactlyInAnyOrderElementsOf(nodeNames(cluster.urls()));
    }

    @Test
    void should_leave_one_live_node_when_one_is_stopped_and_two_when_it_starts_again() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        String first = cluster.urls().get(0);
        String second = cluster.urls().get(1);

        cluster.stop(1);
        try {
            assertThat(liveNodes(first)).containsExactly(nodeName(first));
            assertThatThrownBy(() -> get(second + "/admin/info/system?wt=json")).isInstanceOf(ConnectException.class);
        } finally {
            cluster.start(1);
        }

        assertThat(liveNodes(first)).containsExactlyInAnyOrder(nodeName(first), nodeName(second));
        assertThat(get(second + "/admin/info/system?wt=json").path("mode").asText()).isEqualTo("solrcloud");
    }

    @Test
    void should_take_a_configset_over_http_and_spread_two_shards_of_two_replicas_over_both_nodes() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        String url = cluster.urls().get(0);

        HttpResponse<String> upload = HTTP.send(
                HttpRequest.newBuilder(URI.create(url + "/admin/configs?action=UPLOAD&name=" + NAME + "&wt=json"))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(configset()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        try {
            get(url + "/admin/collections?action=CREATE&name=" + NAME + "&collection.configName=" + NAME
                    + "&numShards=2&replicationFactor=2&waitForFinalState=true&wt=json");

            JsonNode shards = get(url + "/admin/collections?action=CLUSTERSTATUS&collection=" + NAME + "&wt=json")
                    .path("cluster").path("collections").path(NAME).path("shards");
            assertThat(shards.size()).isEqualTo(2);
            for (JsonNode shard : shards) {
                List<String> nodes = new ArrayList<>();
                shard.path("replicas").forEach(replica -> {
                    assertThat(replica.path("state").asText()).isEqualTo("active");
                    nodes.add(replica.path("node_name").asText());
                });
                assertThat(nodes).containsExactlyInAnyOrderElementsOf(nodeNames(cluster.urls()));
            }
        } finally { // the cluster is shared: leave it without collections, as it started
            get(url + "/admin/collections?action=DELETE&name=" + NAME + "&wt=json");
            get(url + "/admin/configs?action=DELETE&name=" + NAME + "&wt=json");
        }
    }

    @Test
    void should_refuse_a_node_that_does_not_exist() {
        SolrLocalCluster cluster = SolrLocalCluster.shared();

        assertThatThrownBy(() -> cluster.stop(5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ERROR no node 5");
        assertThatThrownBy(() -> cluster.start(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ERROR node 0 is already running");
    }

    /** A configset of standard classes only, zipped as the ConfigSets API takes it. */
    private static byte[] configset() throws IOException {
        String solrconfig = """
                <?xml version="1.0" encoding="UTF-8"?>
                <config>
                  <luceneMatchVersion>9.12</luceneMatchVersion>
                  <schemaFactory class="ClassicIndexSchemaFactory"/>
                  <updateHandler class="solr.DirectUpdateHandler2">
                    <updateLog><str name="dir">${solr.ulog.dir:}</str></updateLog>
                  </updateHandler>
                  <statsCache class="org.apache.solr.search.stats.ExactStatsCache"/>
                  <requestHandler name="/select" class="solr.SearchHandler"/>
                </config>
                """;
        String schema = """
                <?xml version="1.0" encoding="UTF-8"?>
                <schema name="check" version="1.6">
                  <uniqueKey>id</uniqueKey>
                  <fieldType name="string" class="solr.StrField"/>
                  <fieldType name="long" class="solr.LongPointField"/>
                  <fieldType name="words" class="solr.TextField">
                    <analyzer><tokenizer class="solr.WhitespaceTokenizerFactory"/></analyzer>
                  </fieldType>
                  <field name="id" type="string" indexed="true" stored="true" required="true"/>
                  <field name="_version_" type="long" indexed="false" stored="false" docValues="true"/>
                  <field name="terms" type="words" indexed="true" stored="false"/>
                </schema>
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : Map.of("solrconfig.xml", solrconfig, "schema.xml", schema).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> liveNodes(String url) throws IOException, InterruptedException {
        JsonNode status = get(url + "/admin/collections?action=CLUSTERSTATUS&wt=json");
        List<String> live = new ArrayList<>();
        status.path("cluster").path("live_nodes").forEach(node -> live.add(node.asText()));
        return live;
    }

    /** SolrCloud's node name for a base URL: {@code http://127.0.0.1:8983/solr} is {@code 127.0.0.1:8983_solr}. */
    private static String nodeName(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort() + "_" + uri.getPath().substring(1);
    }

    private static List<String> nodeNames(List<String> urls) {
        return urls.stream().map(SolrLocalClusterTest::nodeName).toList();
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
