package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.IndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds, checks and opens the index under a root directory (see {@link Generations} for the
 * layout). Every failure is an {@link IndexException} whose message says what to do next.
 */
public final class LuceneIndexes {

    private static final Logger log = LoggerFactory.getLogger(LuceneIndexes.class);

    /** Indexing buffer: large, so segments are flushed rarely, but leaving room under a 1 GB heap. */
    private static final double MAX_RAM_BUFFER_MB = 256;

    private LuceneIndexes() {}

    /**
     * Writes {@code articles} (read once, streaming) into a new generation stamped {@code stamp},
     * switches {@code CURRENT} to it and deletes older generations and crashed builds.
     */
    public static BuildReport build(Path root, String stamp, Iterable<Article> articles) {
        return build(root, stamp, articles, IndexStemmer.DEFAULT);
    }

    /** As {@link #build(Path, String, Iterable)}, the stemmed fields stemmed by {@code stemmer}. */
    public static BuildReport build(Path root, String stamp, Iterable<Article> articles, IndexStemmer stemmer) {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(stemmer, "stemmer");
        Objects.requireNonNull(articles, "articles");
        Generations generations = prepare(root);
        Path building = null;
        try {
            generations.removeAllBut(generations.current().orElse(""));
            building = generations.claimNext();
            BuildReport report;
            try (Directory dir = FSDirectory.open(building);
                    IndexWriter writer = new IndexWriter(dir, config(OpenMode.CREATE, stemmer))) {
                report = ArticleWriter.write(writer, building.getFileName().toString(), true, articles, stamp);
            }
            String generation = generations.publish(building);
            building = null;
            generations.removeAllBut(generation);
            return new BuildReport(generation, report.articles(), report.passages(), report.empty(), report.failed(),
                    report.elapsed());
        } catch (IOException | AlreadyClosedException e) {
            // a write that failed in an indexing thread closes the writer: its cause says why (e.g. disk full)
            Exception why = e instanceof AlreadyClosedException && e.getCause() instanceof Exception c ? c : e;
            throw new IndexException("cannot write index at " + root + " (" + oneLine(why)
                    + "): check free space and permissions, or pass --index DIR", e);
        } finally {
            if (building != null) {
                rmQuietly(building); // a failed build; the next build retries what is left
            }
        }
    }

    /** True when the current generation exists, is readable and was built with {@code stamp}. */
    public static boolean isCurrent(Path root, String stamp) {
        Generations generations = new Generations(root);
        try {
            var current = generations.current();
            if (current.isEmpty()) {
                return false;
            }
            try (Directory dir = FSDirectory.open(generations.dir(current.get()))) {
                Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
                return Objects.equals(stamp, data.get(ArticleWriter.STAMP_KEY))
                        && ArticleWriter.SCHEMA.equals(data.get(ArticleWriter.SCHEMA_KEY));
            }
        } catch (IOException | RuntimeException e) {
            return false; // unreadable counts as stale: the caller rebuilds
        }
    }

    /**
     * Opens the current generation; the caller closes the returned index.
     *
     * @param aliases the alias groups that widen a question's words
     * @param standIns the learned stand-in words of the coverage stage (see {@link Associations#bundled()})
     */
    public static LuceneIndex open(Path root, AliasTable aliases, Associations standIns) {
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(standIns, "standIns");
        Generations generations = new Generations(root);
        Directory dir = null;
        try {
            var current = generations.current();
            if (!Files.isDirectory(root) || current.isEmpty()) {
                throw new IndexException("no index at " + root + ": run ./kabar index to build it");
            }
            dir = FSDirectory.open(generations.dir(current.get()));
            String schema = SegmentInfos.readLatestCommit(dir).getUserData().get(ArticleWriter.SCHEMA_KEY);
            if (!ArticleWriter.SCHEMA.equals(schema)) {
                throw new IndexException("index at " + root + " was built by another kabar version: "
                        + "run ./kabar index to rebuild it");
            }
            return new LuceneIndex(dir, root, aliases, standIns);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(dir);
            throw e instanceof IndexException ie ? ie : unreadable(root, e);
        }
    }

    /**
     * Opens the current generation for searching and writing: the returned index holds the write
     * lock until closed, so no other process (a server, {@code kabar add}) writes it meanwhile.
     *
     * @throws IndexException when another process holds the lock; the message says which to use
     */
    public static LuceneIndex openWritable(Path root, AliasTable aliases, Associations standIns) {
        LuceneIndex readable = open(root, aliases, standIns); // the checks and messages of open()
        readable.close();
        Generations generations = new Generations(root);
        Directory dir = null;
        IndexWriter writer = null;
        try {
            String current = generations.current()
                    .orElseThrow(() -> new IndexException("no index at " + root + ": run ./kabar index to build it"));
            dir = FSDirectory.open(generations.dir(current));
            writer = new IndexWriter(dir, liveConfig(IndexStemmer.of(dir)));
            return new LuceneIndex(dir, writer, root, aliases, standIns);
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(dir);
            throw new IndexException("another kabar is writing the index at " + root
                    + ": add and remove articles through the running server (./kabar add uses it when it runs)", e);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, dir);
            throw e instanceof IndexException ie ? ie : unreadable(root, e);
        }
    }

    /**
     * Adds or replaces {@code articles} (by article id) in the current generation in place, keeping
     * its stamp. Open indexes see the change after {@link LuceneIndex#refresh()}.
     */
    public static BuildReport update(Path root, Iterable<Article> articles) {
        Generations generations = new Generations(root);
        try {
            String current = generations.current()
                    .orElseThrow(() -> new IndexException("no index at " + root + ": run ./kabar index to build it"));
            try (Directory dir = FSDirectory.open(generations.dir(current));
                    IndexWriter writer = new IndexWriter(dir, config(OpenMode.APPEND, IndexStemmer.of(dir)))) {
                return ArticleWriter.write(writer, current, false, articles, null);
            }
        } catch (IOException e) {
            throw unreadable(root, e);
        }
    }

    static IndexException unreadable(Path root, Exception e) {
        return new IndexException("index at " + root + " is unreadable (" + oneLine(e)
                + "): run ./kabar index to rebuild it", e);
    }

    private static Generations prepare(Path root) {
        try {
            Files.createDirectories(root);
            if (!Files.isWritable(root)) {
                throw new IOException("not writable");
            }
            return new Generations(root);
        } catch (IOException e) {
            throw new IndexException("cannot create index directory " + root + " (" + oneLine(e)
                    + "): check permissions or pass --index DIR", e);
        }
    }

    private static IndexWriterConfig config(OpenMode mode, IndexStemmer stemmer) {
        double heapMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0.0); // compound files save file handles, not time: writing them copies every segment
        return new IndexWriterConfig(Analyzers.perField(stemmer))
                .setOpenMode(mode)
                .setRAMBufferSizeMB(Math.max(16, Math.min(MAX_RAM_BUFFER_MB, heapMb / 4)))
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setCommitOnClose(false);
    }

    /**
     * The writer of live additions: each add flushes a segment of a few documents and commits it, and a
     * commit syncs every file of every new segment to disk — a compound file makes that two files
     * instead of a dozen, which is most of an add's time on a virtual disk. Merges of such small
     * segments are compound too (the default ratio); the big segments of a build stay as they are.
     */
    private static IndexWriterConfig liveConfig(IndexStemmer stemmer) {
        return config(OpenMode.APPEND, stemmer).setUseCompoundFile(true).setMergePolicy(new TieredMergePolicy());
    }

    private static void rmQuietly(Path dir) {
        try {
            IOUtils.rm(dir);
        } catch (IOException e) {
            log.warn("could not delete failed build {}: {}; the next build removes it", dir, e.getMessage());
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
