package dev.kabar.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewestArticlesTest {

    /** A store whose article list can change, counting how often it is listed. */
    private static final class ChangingStore implements ArticleStore {
        final List<ArticleSummary> articles = new ArrayList<>();
        long version;
        int listings;

        void add(String id, LocalDate published) {
            articles.add(new ArticleSummary(new ArticleMeta(id, "Judul " + id, "Kabar", "", published, "", "id"), 1));
            version++;
        }

        @Override
        public List<ArticleSummary> articles() {
            listings++;
            return List.copyOf(articles);
        }

        @Override
        public Optional<Article> article(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<Hit> passage(String passageId) {
            return Optional.empty();
        }

        @Override
        public long version() {
            return version;
        }
    }

    @Test
    void should_list_the_newest_first_and_reuse_the_list_while_the_store_is_unchanged() {
        ChangingStore store = new ChangingStore();
        store.add("old", LocalDate.of(2024, 6, 1));
        store.add("undated", null);
        store.add("new", LocalDate.of(2024, 6, 20));
        NewestArticles newest = new NewestArticles(store, 2);

        assertThat(newest.ids()).containsExactly("new", "old");
        assertThat(newest.ids()).containsExactly("new", "old");
        assertThat(store.listings).isEqualTo(1);
    }

    @Test
    void should_see_an_article_added_by_a_reindex_at_once() {
        ChangingStore store = new ChangingStore();
        store.add("a", LocalDate.of(2024, 6, 1));
        NewestArticles newest = new NewestArticles(store, 5);
        assertThat(newest.ids()).containsExactly("a");

        store.add("b", LocalDate.of(2024, 6, 2));

        assertThat(newest.ids()).containsExactly("b", "a");
        assertThat(store.listings).isEqualTo(2);
    }
}
