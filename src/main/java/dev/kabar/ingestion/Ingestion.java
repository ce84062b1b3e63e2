package dev.kabar.ingestion;

import dev.kabar.article.Article;
import java.util.List;
import java.util.Objects;

/** Every article of a corpus held in memory, with the report of reading it. */
public record Ingestion(List<Article> articles, IngestionReport report) {

    public Ingestion {
        articles = List.copyOf(articles);
        Objects.requireNonNull(report, "report");
    }
}
