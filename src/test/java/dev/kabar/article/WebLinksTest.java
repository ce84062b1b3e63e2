package dev.kabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/a/1", "http://news.example", "HTTPS://News.Example/x?y=1#z"})
    void should_accept_http_and_https_addresses_with_a_host(String url) {
        assertThat(WebLinks.isWebLink(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:x", "//news.example/a",
            "/a/1", "https:///nohost", "http://", "", "tg://resolve?domain=x", "https://news.example/\u0000"})
    void should_refuse_every_other_address(String url) {
        assertThat(WebLinks.isWebLink(url)).isFalse();
    }
}
