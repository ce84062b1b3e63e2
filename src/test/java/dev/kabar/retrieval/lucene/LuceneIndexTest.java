package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

    @TempDir
    Path root;

    private LuceneIndex index;

    @BeforeEach
    void build() {
        LuceneIndexes.build(root, "stamp-1", NewsFixtures.news());
        index = LuceneIndexes.open(root, NewsFixtures.aliases(), Associations.bundled());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void should_find_passage_when_question_uses_its_words() {
        List<Hit> hits = index.search("Siapa yang dipanggil Wakil Menteri Luar Negeri Korea Selatan?", 3);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().passage().id()).isEqualTo("reaksi#2");
        assertThat(hits.getFirst().article().title()).isEqualTo("Seoul dan Tokyo kecam kerja sama militer Moskow");
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void should_find_inflected_form_when_stemmed() {
        // "perjanjiannya" carries the possessive -nya; the stemmed field still matches "perjanjian"
        assertThat(index.search("perjanjiannya", 5)).extracting(h -> h.passage().id()).contains("pakta#1");
    }

    @Test
    void should_return_hits_that_round_trip_stored_passages() {
        Article pakta = NewsFixtures.news().getFirst();

        Hit hit = index.search("bantuan militer diserang", 1).getFirst();

        assertThat(hit.passage()).isEqualTo(pakta.passages().get(1));
        assertThat(hit.article()).isEqualTo(pakta.meta());
        assertThat(pakta.text().substring(hit.passage().start(), hit.passage().end())).isEqualTo(hit.passage().text());
    }

    @Test
    void should_respect_limit_and_return_nothing_for_non_positive_limit() {
        assertThat(index.search("Korea", 2)).hasSize(2);
        assertThat(index.search("Korea", 0)).isEmpty();
        assertThat(index.search("Korea", -5)).isEmpty();
    }

    @Test
    void should_list_articles_ordered_by_id_with_passage_counts() {
        List<ArticleSummary> articles = index.articles();

        assertThat(articles).extracting(a -> a.meta().id()).containsExactly("amerika", "beras", "pakta", "reaksi", "rudal");
        assertThat(articles).extracting(ArticleSummary::passageCount).containsExactly(2, 2, 3, 3, 1);
    }

    @Test
    void should_return_the_whole_article_when_asked_by_id() {
        for (Article expected : NewsFixtures.news()) {
            assertThat(index.article(expected.id())).contains(expected);
        }
    }

    @Test
    void should_return_passage_with_score_zero_when_asked_by_id() {
        Hit hit = index.passage("reaksi#3").orElseThrow();

        assertThat(hit.passage().text()).startsWith("Sekretaris Kabinet Jepang");
        assertThat(hit.article().id()).isEqualTo("reaksi");
        assertThat(hit.score()).isZero();
    }

    @Test
    void should_return_empty_when_id_is_unknown() {
        assertThat(index.article("nope")).isEmpty();
        assertThat(index.article("reaksi#1")).isEmpty(); // a passage id is not an article id
        assertThat(index.passage("reaksi#9")).isEmpty();
        assertThat(index.passage("reaksi")).isEmpty(); // nor the other way round
        assertThat(index.passage("")).isEmpty();
    }

    @Test
    void should_count_passages() {
        assertThat(index.passageCount()).isEqualTo(11);
    }
}
