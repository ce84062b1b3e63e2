package dev.kabar.retrieval.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Collections API of a test cluster over plain HTTP: which names exist (collections, and the
 * aliases kabar puts before its generations), and dropping one.
 */
public final class SolrCollections {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SolrCollections() {}

    public static List<String> names(String nodeUrl) throws IOException, InterruptedException {
        JsonNode r = call(nodeUrl, "action=LIST");
        List<String> out = new ArrayList<>();
        r.path("collections").forEach(c -> out.add(c.asText()));
        aliases(nodeUrl).fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode aliases(String nodeUrl) throws IOException, InterruptedException {
        return call(nodeUrl, "action=LISTALIASES").path("aliases");
    }

    /** Drops {@code name} when it exists: a collection, or an alias and the collections behind it. */
    public static void delete(String nodeUrl, String name) throws IOException, InterruptedException {
        JsonNode behind = aliases(nodeUrl).path(name);
        if (behind.isTextual()) {
            call(nodeUrl, "action=DELETEALIAS&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            for (String c : behind.asText().split(",")) {
                call(nodeUrl, "action=DELETE&name=" + URLEncoder.encode(c.strip(), StandardCharsets.UTF_8));
            }
        } else if (names(nodeUrl).contains(name)) {
            call(nodeUrl, "action=DELETE&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
    }

    private static JsonNode call(String nodeUrl, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(nodeUrl + "/admin/collections?wt=json&" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("Collections API " + query + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
