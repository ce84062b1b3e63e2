package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/** Streams articles into an {@link IndexWriter}, one article (and its passages) at a time. */
final class ArticleWriter {

    /** Commit user data: the caller's stamp of the corpus this generation was built from. */
    static final String STAMP_KEY = "kabar.stamp";
    /** Commit user data: bumped whenever fields or analysis change, so old indexes are rebuilt. */
    static final String SCHEMA_KEY = "kabar.schema";

    static final String SCHEMA = "1";

    private ArticleWriter() {}

    /**
     * Replaces each article's documents by article id — so writing the same article twice leaves
     * one copy — and commits once at the end, with {@code stamp} when not null.
     */
    static BuildReport write(IndexWriter writer, String generation, Iterable<Article> articles, String stamp)
            throws IOException {
        long begin = System.nanoTime();
        int count = 0;
        int empty = 0;
        long passages = 0;
        for (Article article : articles) {
            writer.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), ArticleDocuments.of(article));
            count++;
            passages += article.passages().size();
            empty += article.passages().isEmpty() ? 1 : 0;
        }
        if (stamp != null) {
            writer.setLiveCommitData(Map.of(STAMP_KEY, stamp, SCHEMA_KEY, SCHEMA).entrySet());
        }
        writer.commit();
        return new BuildReport(generation, count, passages, empty, Duration.ofNanos(System.nanoTime() - begin));
    }
}
