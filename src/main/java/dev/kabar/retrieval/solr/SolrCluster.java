package dev.kabar.retrieval.solr;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.IndexException;
import dev.kabar.retrieval.lucene.Associations;
import dev.kabar.retrieval.lucene.IndexStemmer;
import dev.kabar.retrieval.lucene.RemoteDocuments;
import dev.kabar.retrieval.lucene.RemoteRanking;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;

/**
 * Opens kabar's collection on a SolrCloud cluster, creating it first when it is missing: the
 * configset bundled with kabar (the repository's {@code solr/configsets/kabar}) is uploaded under a
 * name that carries its content's hash, then the collection is created with {@code shards} ×
 * {@code replicas}, its documents routed by article id so that one shard holds an article whole
 * (its article document and passages are replaced in one update).
 */
public final class SolrCluster {

    /** The configset's files, as packaged from {@code solr/configsets/kabar/conf}. */
    static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "managed-schema.xml", "gap.txt");

    private static final String CONFIGSET_RESOURCES = "/dev/kabar/retrieval/solr/configset/";

    private SolrCluster() {}

    /**
     * Where the cluster is and what kabar's collection is to be.
     *
     * @param urls node base URLs ({@code http://host:8983/solr}); kabar talks to the nodes by URL
     * @param zkHosts the ZooKeeper ensemble, with chroot; recorded for the operator, not needed by kabar's client
     */
    public record Settings(List<String> urls, String zkHosts, String collection, int shards, int replicas) {

        public Settings {
            urls = List.copyOf(urls);
            if (urls.isEmpty()) {
                throw new IllegalArgumentException(zkHosts == null || zkHosts.isBlank()
                        ? "solr.urls is empty: set KABAR_SOLR_URLS to the nodes' base URLs (scripts/solr-local prints them)"
                        : "solr.urls is empty: kabar reaches SolrCloud nodes by URL, so besides KABAR_SOLR_ZK_HOSTS set KABAR_SOLR_URLS"
                                + " to the nodes' base URLs (scripts/solr-local prints both)");
            }
            for (String u : urls) {
                URI uri;
                try {
                    uri = URI.create(u);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("solr.urls: '" + u + "' is not a URL (like http://127.0.0.1:8983/solr)", e);
                }
                if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("solr.urls: '" + u + "' is not an http(s) URL (like http://127.0.0.1:8983/solr)");
                }
            }
            if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
                throw new IllegalArgumentException("solr.collection must be letters, digits, '_', '-' or '.', was '" + collection + "'");
            }
            if (shards < 1 || replicas < 1) {
                throw new IllegalArgumentException("solr.shards and solr.replicas must be at least 1");
            }
        }

        /** The same cluster, with the collection {@code <collection>_<suffix>}: a run's own, beside the served one. */
        public Settings named(String suffix) {
            return new Settings(urls, zkHosts, collection + "_" + suffix, shards, replicas);
        }

        /** Parses a comma-separated {@code solr.urls} value; blanks are skipped, a trailing slash dropped. */
        public static List<String> urls(String commaSeparated) {
            List<String> out = new ArrayList<>();
            for (String u : commaSeparated.split(",")) {
                String t = u.strip();
                if (!t.isEmpty()) {
                    out.add(t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
                }
            }
            return out;
        }
    }

    /** kabar's collection on the cluster, created (and its configset uploaded) when missing. */
    public static SolrIndex open(Settings settings, IndexStemmer stemmer, AliasTable aliases, Associations standIns) {
        SolrNodes nodes = new SolrNodes(settings.urls());
        try {
            ensureCollection(nodes, settings);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
        return new SolrIndex(nodes, settings.collection(), new RemoteRanking(stemmer, aliases, standIns),
                new RemoteDocuments(stemmer));
    }

    /**
     * The collection of {@code settings} dropped (when there) and created afresh: for an evaluation
     * or a benchmark, which builds its own and must not find a previous run's documents or segments.
     */
    public static SolrIndex openAfresh(Settings settings, IndexStemmer stemmer, AliasTable aliases, Associations standIns) {
        try (SolrNodes nodes = new SolrNodes(settings.urls())) {
            if (collections(nodes).contains(settings.collection())) {
                nodes.call(CollectionAdminRequest.deleteCollection(settings.collection()), null);
            }
        }
        return open(settings, stemmer, aliases, standIns);
    }

    private static List<?> collections(SolrNodes nodes) {
        List<?> names = (List<?>) nodes.call(new CollectionAdminRequest.List(), null).getResponse().get("collections");
        return names == null ? List.of() : names;
    }

    private static void ensureCollection(SolrNodes nodes, Settings settings) {
        if (collections(nodes).contains(settings.collection())) {
            return;
        }
        String config = configsetName();
        List<String> configsets = nodes.call(new ConfigSetAdminRequest.List(), null).getConfigSets();
        if (!configsets.contains(config)) {
            upload(nodes, config);
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest
                .createCollection(settings.collection(), config, settings.shards(), settings.replicas())
                .setRouterField(RemoteDocuments.ARTICLE_ID);
        try {
            nodes.call(create, null);
        } catch (IndexException e) {
            throw new IndexException("cannot create Solr collection '" + settings.collection() + "' with "
                    + settings.shards() + " shards × " + settings.replicas() + " replicas: " + SolrNodes.reason(e)
                    + " (check solr.shards and solr.replicas against the cluster's nodes)", e);
        }
    }

    private static void upload(SolrNodes nodes, String name) {
        Path zip = null;
        try {
            zip = Files.createTempFile("kabar-configset", ".zip");
            Files.write(zip, configsetZip());
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                    .setUploadFile(zip.toFile(), "application/octet-stream");
            upload.setConfigSetName(name);
            nodes.call(upload, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configset to a temporary file: " + e.getMessage(), e);
        } finally {
            if (zip != null) {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException e) {
                    // a temporary file left behind: harmless
                }
            }
        }
    }

    /** {@code kabar-} and the first 12 hex digits of the configset's SHA-256: a changed configset is a new one. */
    static String configsetName() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : CONFIGSET_FILES) {
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update(resource(f));
            }
            return "kabar-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static byte[] configsetZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : CONFIGSET_FILES) {
                zip.putNextEntry(new ZipEntry(f));
                zip.write(resource(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SolrCluster.class.getResourceAsStream(CONFIGSET_RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the Solr configset is missing from kabar's jar: " + name + " (rebuild it)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
