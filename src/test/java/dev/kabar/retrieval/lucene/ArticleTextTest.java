package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.ingestion.CorpusReader;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.retrieval.AliasTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article text is stored only when its passages do not rebuild it; either way it reads back unchanged. */
class ArticleTextTest {

    @Test
    void should_rebuild_every_bundled_article_from_its_passages() {
        List<Article> articles = new ArrayList<>();
        new CorpusReader(FurnitureRules.load(Path.of("config/furniture.txt")), new PassageSplitter())
                .read(Path.of("data/articles"), articles::add);

        assertThat(articles).hasSizeGreaterThanOrEqualTo(5).allSatisfy(a -> {
            assertThat(a.passages()).hasSizeGreaterThan(1);
            assertThat(ArticleText.rebuild(a.passages())).isEqualTo(a.text());
        });
    }

    @Test
    void should_not_rebuild_when_a_gap_between_passages_is_not_a_break_or_a_space() {
        List<Passage> passages = List.of(Passage.of("a", 1, "Satu.", 0, 5), Passage.of("a", 2, "Dua.", 8, 12));
        assertThat(ArticleText.rebuild(passages)).isNull();
        assertThat(ArticleText.rebuilds("Satu.   Dua.", passages)).isFalse();
    }

    @Test
    void should_read_back_the_exact_text_whether_stored_or_rebuilt(@TempDir Path root) {
        Article rebuilt = NewsFixtures.article("r", "R", "Paragraf satu.", "Paragraf dua.");
        String odd = "Satu. \t Dua.";
        ArticleMeta meta = new ArticleMeta("s", "S", "Kabar Harian", "", null, "", "id");
        Article stored = new Article(meta, odd,
                List.of(Passage.of("s", 1, "Satu.", 0, 5), Passage.of("s", 2, "Dua.", 8, 12)));
        assertThat(ArticleText.rebuilds(rebuilt.text(), rebuilt.passages())).isTrue();

        LuceneIndexes.build(root, "s", List.of(rebuilt, stored));
        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            assertThat(index.article("r").orElseThrow().text()).isEqualTo(rebuilt.text());
            assertThat(index.article("s").orElseThrow().text()).isEqualTo(odd);
        }
    }
}
