package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextPageLinkTest {

    private static final String ARTICLE = "https://news.example.test/read/123/judul-berita-panjang";
    private final PageRules rules = PageRules.defaults();

    @ParameterizedTest
    @CsvSource({
        "https://news.example.test/read/123/judul-berita-panjang, 1",
        "https://news.example.test/read/123/judul-berita-panjang?page=2, 2",
        "https://news.example.test/read/123/judul-berita-panjang?utm=x&page=3, 3",
        "https://news.example.test/read/123/judul-berita-panjang/2, 2",
        "https://news.example.test/read/123/judul-berita-panjang/page/4, 4",
        "https://news.example.test/2024/06/berita, 1",
    })
    void should_read_the_page_number_a_url_names(String url, int page) {
        assertThat(NextPageLink.pageNumber(URI.create(url))).isEqualTo(page);
    }

    @Test
    void should_follow_a_pager_link_only_to_the_next_page_of_the_same_article() {
        URI current = URI.create(ARTICLE);

        assertThat(NextPageLink.nextOf(current, ARTICLE + "?page=2")).isPresent();
        assertThat(NextPageLink.nextOf(current, ARTICLE + "/2")).isPresent();
        assertThat(NextPageLink.nextOf(current, ARTICLE + "?page=3")).isEmpty();
        assertThat(NextPageLink.nextOf(current, "https://news.example.test/read/124/berita-lain-sama-sekali")).isEmpty();
        assertThat(NextPageLink.nextOf(current, "https://other.example.test/read/123/judul-berita-panjang?page=2")).isEmpty();
        assertThat(NextPageLink.nextOf(URI.create(ARTICLE + "?page=2"), ARTICLE + "?page=3")).isPresent();
    }

    @Test
    void should_find_the_next_page_by_its_label_and_ignore_next_article_links() {
        Document doc = Jsoup.parse("""
                <a href="https://news.example.test/read/999/berita-berikutnya-yang-lain">Berikutnya</a>
                <div class="paging"><a href="%s?page=2">Halaman 2</a></div>""".formatted(ARTICLE), ARTICLE);

        assertThat(NextPageLink.find(doc, URI.create(ARTICLE), rules)).hasValue(URI.create(ARTICLE + "?page=2"));
    }

    @Test
    void should_find_no_next_page_in_a_saved_file() {
        Document doc = Jsoup.parse("<link rel=next href='page2.html'><a href='?page=2'>2</a>", "file:///tmp/page1.html");

        assertThat(NextPageLink.find(doc, URI.create("file:///tmp/page1.html"), rules)).isEmpty();
    }
}
