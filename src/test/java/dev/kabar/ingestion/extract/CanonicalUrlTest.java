package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One spelling per article address, and an id that follows from it alone. */
class CanonicalUrlTest {

    @Test
    void should_drop_case_default_port_fragment_and_tracking_parameters() throws ExtractionException {
        assertThat(CanonicalUrl.of("HTTPS://News.Example.ID:443/berita/1?utm_source=tw&id=7&fbclid=x#komentar"))
                .hasToString("https://news.example.id/berita/1?id=7");
        assertThat(CanonicalUrl.of("http://example.org")).hasToString("http://example.org/");
        assertThat(CanonicalUrl.of("http://example.org:8080/a")).hasToString("http://example.org:8080/a");
    }

    @Test
    void should_give_the_same_id_to_every_spelling_of_one_address() throws ExtractionException {
        String id = CanonicalUrl.articleId(CanonicalUrl.of("https://news.example.id/berita/1"));

        assertThat(id).matches("web-[0-9a-f]{16}");
        assertThat(CanonicalUrl.articleId(CanonicalUrl.of("https://NEWS.example.id/berita/1?utm_medium=x"))).isEqualTo(id);
        assertThat(CanonicalUrl.articleId(CanonicalUrl.of("https://news.example.id/berita/2"))).isNotEqualTo(id);
    }

    @Test
    void should_refuse_what_is_not_an_http_url() {
        assertThatThrownBy(() -> CanonicalUrl.of("file:///etc/passwd")).hasMessageStartingWith("not an http(s) URL");
        assertThatThrownBy(() -> CanonicalUrl.of("https://exa mple.org/")).hasMessageStartingWith("malformed URL");
    }
}
