package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.retrieval.SourceFilter;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searching within one outlet or one publication day, through a real index. Made-up outlets. */
class SourceFilterTest extends OnSmallIndex {

    private static final MonthDay JUNE_20 = MonthDay.of(6, 20);

    @Override
    List<Article> articles() {
        return List.of(
                article("a", "IDN Times", "", 2024, 6, 20, "Banjir merendam tiga desa di hulu sungai."),
                article("b", "Warta Kota", "https://www.wartakota.co.id/berita/1", 2024, 6, 21,
                        "Banjir merendam lima desa di hilir sungai."),
                article("c", "", "https://news.pelitapagi.com/x", 2023, 6, 20, "Banjir kecil merendam satu desa."),
                article("d", "Kabar Harian", "", 0, 0, 0, "Banjir besar merendam kota.", "Sari Dewi"));
    }

    private static Article article(String id, String outlet, String url, int y, int m, int d, String text) {
        return article(id, outlet, url, y, m, d, text, "Rina Halim dan Tomas Ortega");
    }

    private static Article article(String id, String outlet, String url, int y, int m, int d, String text,
            String byline) {
        LocalDate date = y == 0 ? null : LocalDate.of(y, m, d);
        return NewsFixtures.article(new ArticleMeta(id, "Banjir " + id, outlet, byline, date, url, "id"), text);
    }

    private List<String> articlesFound(SourceFilter filter) {
        return index.search("banjir desa", 10, filter).stream().map(h -> h.article().id()).sorted().toList();
    }

    @Test
    void should_find_every_article_without_a_filter() {
        assertThat(articlesFound(SourceFilter.NONE)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void should_match_an_outlet_by_any_of_its_names() {
        assertThat(articlesFound(SourceFilter.outlet("IDN Times"))).containsExactly("a");
        assertThat(articlesFound(SourceFilter.outlet("idntimes.com"))).containsExactly("a");
        assertThat(articlesFound(SourceFilter.outlet("IDN"))).containsExactly("a");
        assertThat(articlesFound(SourceFilter.outlet("Kompas"))).isEmpty();
    }

    @Test
    void should_match_an_outlet_by_the_articles_web_address_when_no_outlet_is_printed() {
        assertThat(articlesFound(SourceFilter.outlet("PelitaPagi.com"))).containsExactly("c");
        assertThat(articlesFound(SourceFilter.outlet("Warta Kota"))).containsExactly("b");
        assertThat(articlesFound(SourceFilter.outlet("wartakota.co.id"))).containsExactly("b");
    }

    @Test
    void should_match_a_day_in_any_year_or_in_the_year_given() {
        assertThat(articlesFound(SourceFilter.NONE.on(JUNE_20, 0))).containsExactly("a", "c");
        assertThat(articlesFound(SourceFilter.NONE.on(JUNE_20, 2023))).containsExactly("c");
        assertThat(articlesFound(SourceFilter.outlet("IDN Times").on(JUNE_20, 2023))).isEmpty();
    }

    @Test
    void should_filter_as_the_metadata_says_when_the_retriever_filters_a_wider_search() {
        SourceFilter filter = SourceFilter.NONE.on(JUNE_20, 0);
        List<Hit> hits = ((PassageRetriever) index::search).search("banjir desa", 10, filter);
        assertThat(hits).extracting(h -> h.article().id()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void should_match_one_author_of_a_byline() {
        assertThat(articlesFound(SourceFilter.NONE.by("Tomas Ortega"))).containsExactly("a", "b", "c");
        assertThat(articlesFound(SourceFilter.NONE.by("sari  dewi"))).containsExactly("d");
        assertThat(articlesFound(SourceFilter.outlet("IDN Times").by("Sari Dewi"))).isEmpty();
        assertThat(articlesFound(SourceFilter.NONE.by("Budi Santoso"))).isEmpty();
    }
}
