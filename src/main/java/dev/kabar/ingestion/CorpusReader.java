package dev.kabar.ingestion;

import dev.kabar.article.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a corpus — a folder of {@code .txt} and {@code .jsonl} files (sorted by name, not recursive),
 * or one such file — into cleaned, passage-split articles. A bad file or line is a {@link Rejection}
 * in the report, never fatal for the rest; only an unusable corpus path throws {@link CorpusException}.
 */
public final class CorpusReader {

    private final ArticleCleaner cleaner;
    private final PassageSplitter splitter;

    public CorpusReader(FurnitureRules rules, PassageSplitter splitter) {
        this.cleaner = new ArticleCleaner(Objects.requireNonNull(rules, "rules"));
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /** Streams every accepted article to {@code sink}, in file order; for corpora too big to hold. */
    public IngestionReport read(Path path, Consumer<Article> sink) {
        Objects.requireNonNull(sink, "sink");
        List<Path> files = CorpusFiles.list(path);
        ArticleIntake intake = new ArticleIntake(splitter, sink, new ReportTally());
        TextFileSource text = new TextFileSource(cleaner);
        JsonlFileSource jsonl = new JsonlFileSource(cleaner);
        for (Path file : files) {
            if (CorpusFiles.isText(file)) {
                text.read(file, intake);
            } else {
                jsonl.read(file, intake);
            }
        }
        return intake.tally().report();
    }

    /** Reads the whole corpus into memory. */
    public Ingestion readAll(Path path) {
        List<Article> articles = new ArrayList<>();
        IngestionReport report = read(path, articles::add);
        return new Ingestion(articles, report);
    }

    /** SHA-256 (hex) over the names and bytes of the files {@link #read} would read. */
    public static String fingerprint(Path path) {
        return CorpusFiles.fingerprint(path);
    }
}
