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
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(SolrCluster.class);

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

    /**
     * kabar's collection on the cluster. When neither an alias nor a collection has its name, a
     * collection is created (its configset uploaded when missing) under a generation name and the
     * name made an alias of it: a rebuild then fills a new generation and switches the alias, so
     * searches never see a half-built collection. A collection an operator made under the name
     * itself is used as it is (rebuilt in place).
     */
    public static SolrIndex open(Settings settings, IndexStemmer stemmer, AliasTable aliases, Associations standIns) {
        SolrNodes nodes = new SolrNodes(settings.urls());
        boolean aliased;
        try {
            aliased = ensureCollection(nodes, settings);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
        return new SolrIndex(nodes, settings, aliased, new RemoteRanking(stemmer, aliases, standIns),
                new RemoteDocuments(stemmer));
    }

    /**
     * The collection of {@code settings} dropped (when there: an alias with its generations, or a
     * collection) and created afresh: for an evaluation or a benchmark, which builds its own and must
     * not find a previous run's documents or segments.
     */
    public static SolrIndex openAfresh(Settings settings, IndexStemmer stemmer, AliasTable aliases, Associations standIns) {
        try (SolrNodes nodes = new SolrNodes(settings.urls())) {
            if (aliases(nodes).containsKey(settings.collection()) || collections(nodes).contains(settings.collection())) {
                drop(nodes, settings.collection());
            }
        }
        return open(settings, stemmer, aliases, standIns);
    }

    private static List<?> collections(SolrNodes nodes) {
        List<?> names = (List<?>) nodes.call(new CollectionAdminRequest.List(), null).getResponse().get("collections");
        return names == null ? List.of() : names;
    }

    /** @return whether {@code settings.collection()} names an alias (else a collection) */
    private static boolean ensureCollection(SolrNodes nodes, Settings settings) {
        if (aliases(nodes).containsKey(settings.collection())) {
            return true;
        }
        if (collections(nodes).contains(settings.collection())) {
            return false;
        }
        String first = generation(settings.collection());
        create(nodes, settings, first);
        nodes.call(CollectionAdminRequest.createAlias(settings.collection(), first), null);
        return true;
    }

    /** Alias name → the collections it names, comma-separated. */
    static Map<String, String> aliases(SolrNodes nodes) {
        Map<String, String> aliases = nodes.call(new CollectionAdminRequest.ListAliases(), null).getAliases();
        return aliases == null ? Map.of() : aliases;
    }

    /** A new generation's collection name: the alias, {@code _g} and the time in milliseconds. */
    static String generation(String alias) {
        return alias + "_g" + System.currentTimeMillis();
    }

    /** Creates collection {@code name} with kabar's configset (uploaded when the cluster lacks it). */
    static void create(SolrNodes nodes, Settings settings, String name) {
        String config = configsetName();
        List<String> configsets = nodes.call(new ConfigSetAdminRequest.List(), null).getConfigSets();
        if (!configsets.contains(config)) {
            upload(nodes, config);
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest
                .createCollection(name, config, settings.shards(), settings.replicas())
                .setRouterField(RemoteDocuments.ARTICLE_ID);
        try {
            nodes.call(create, null);
        } catch (IndexException e) {
            throw new IndexException("cannot create Solr collection '" + name + "' with "
                    + settings.shards() + " shards × " + settings.replicas() + " replicas: " + SolrNodes.reason(e)
                    + " (check solr.shards and solr.replicas against the cluster's nodes)", e);
        }
    }

    /** Deletes what {@code name} names: an alias and the generations behind it, or a collection. */
    static void drop(SolrNodes nodes, String name) {
        String behind = aliases(nodes).get(name);
        if (behind == null) {
            nodes.call(CollectionAdminRequest.deleteCollection(name), null);
            return;
        }
        nodes.call(CollectionAdminRequest.deleteAlias(name), null);
        for (String c : behind.split(",")) {
            if (!c.isBlank()) {
                nodes.call(CollectionAdminRequest.deleteCollection(c.strip()), null);
            }
        }
    }

    /** Deletes collection {@code name}, saying nothing when that fails: a left-over generation costs disk only. */
    static void deleteQuietly(SolrNodes nodes, String name) {
        try {
            nodes.call(CollectionAdminRequest.deleteCollection(name), null);
        } catch (RuntimeException e) {
            LOG.warn("could not delete the old Solr collection {} ({}): delete it by hand", name, SolrNodes.reason(e));
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
