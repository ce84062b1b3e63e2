package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page may name its own canonical address, not another site's. */
class WebArticlesSiteTest {

    @Test
    void should_treat_subdomains_of_one_registrable_domain_as_one_site() {
        assertThat(WebArticles.sameSite("https://www.detik.com/a", "https://m.detik.com/a")).isTrue();
        assertThat(WebArticles.sameSite("https://regional.kompas.co.id/a", "https://kompas.co.id/b")).isTrue();
        assertThat(WebArticles.sameSite("https://news.example.org/x", "http://news.example.org/y")).isTrue();
    }

    @Test
    void should_refuse_another_site_as_a_canonical_address() {
        assertThat(WebArticles.sameSite("https://kompas.com/x", "https://evil.example/x")).isFalse();
        assertThat(WebArticles.sameSite("https://kompas.co.id/x", "https://tempo.co.id/x")).isFalse();
        assertThat(WebArticles.sameSite("not a url", "https://evil.example/x")).isFalse();
    }
}
