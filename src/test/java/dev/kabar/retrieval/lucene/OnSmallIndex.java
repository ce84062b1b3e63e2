package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A ranking test over a few hand-written articles, indexed once per class in a temporary folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnSmallIndex {

    LuceneIndex index;

    /** The articles to index, in order. */
    abstract List<Article> articles();

    @BeforeAll
    void build(@TempDir Path root) {
        LuceneIndexes.build(root, "s", articles());
        index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled());
    }

    @AfterAll
    void close() {
        index.close();
    }

    static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.passage().id()).toList();
    }
}
