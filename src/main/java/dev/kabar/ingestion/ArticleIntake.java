package dev.kabar.ingestion;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The last step for every source: rejects bodiless articles and repeated ids, cuts passages, counts,
 * and hands the article to the sink. One instance per run, so ids are unique within a run.
 */
final class ArticleIntake {

    private final PassageSplitter splitter;
    private final Consumer<Article> sink;
    private final ReportTally tally;
    private final Set<String> seenIds = new HashSet<>();

    ArticleIntake(PassageSplitter splitter, Consumer<Article> sink, ReportTally tally) {
        this.splitter = splitter;
        this.sink = sink;
        this.tally = tally;
    }

    ReportTally tally() {
        return tally;
    }

    void accept(String source, ArticleMeta meta, CleanedText cleaned) {
        if (cleaned.body().isBlank()) {
            tally.reject(source, "no article text left after the title and page furniture — nothing to index");
            return;
        }
        if (!seenIds.add(meta.id())) {
            tally.reject(source, "duplicate article id '" + meta.id() + "' — the first one read is kept; rename one");
            return;
        }
        List<Passage> passages = splitter.split(meta.id(), cleaned.body());
        tally.accepted(passages.size(), cleaned.removedLines());
        sink.accept(new Article(meta, cleaned.body(), passages));
    }
}
