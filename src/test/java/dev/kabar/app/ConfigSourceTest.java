package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourceTest {

    @TempDir
    Path home;

    @Test
    void should_read_a_config_file_once_for_the_whole_run() throws IOException {
        Path file = Files.writeString(home.resolve("kabar.properties"), "retrieval.top-k=3\n");
        ConfigSource source = new ConfigSource(Map.of(), home);

        KabarConfig first = source.read(file);
        Files.writeString(file, "retrieval.top-k=oops\n"); // a second read would fail
        KabarConfig again = source.read(file);

        assertThat(again).isSameAs(first);
        assertThat(again.topK()).isEqualTo(3);
    }

    @Test
    void should_read_telegram_settings_with_the_rest_but_report_their_problems_when_a_bot_starts() {
        KabarConfig noToken = new ConfigSource(Map.of("KABAR_TELEGRAM_MODE", "carrier-pigeon"), home).read(null);

        assertThat(noToken.topK()).isPositive(); // everything else is usable
        assertThatThrownBy(() -> noToken.telegram().settings()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_BOT_TOKEN");
        assertThatThrownBy(() -> noToken.telegram().mode()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("telegram.mode must be polling or webhook");
        assertThat(new ConfigSource(Map.of("TELEGRAM_BOT_TOKEN", "1:a"), home).read(null).telegram().settings()
                .ratePerMinute()).isEqualTo(10);
    }

    @Test
    void should_refuse_an_unknown_index_stemmer_in_one_line() {
        assertThatThrownBy(() -> new ConfigSource(Map.of("KABAR_INDEX_STEMMER", "porter"), home).read(null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("index.stemmer: unknown stemmer 'porter': use one of lucene, kabar, hunspell, sastrawi")
                .hasMessageNotContaining("\n");
    }

    @Test
    void should_read_the_solr_backend_with_its_cluster() {
        KabarConfig c = new ConfigSource(Map.of("KABAR_RETRIEVAL_BACKEND", "solr",
                "KABAR_SOLR_URLS", " http://10.0.0.5:8983/solr/ , http://10.0.0.6:8983/solr",
                "KABAR_SOLR_ZK_HOSTS", "10.0.0.5:2181/solr", "KABAR_SOLR_SHARDS", "4"), home).read(null);

        assertThat(c.solr()).hasValueSatisfying(s -> {
            assertThat(s.urls()).containsExactly("http://10.0.0.5:8983/solr", "http://10.0.0.6:8983/solr");
            assertThat(s.zkHosts()).isEqualTo("10.0.0.5:2181/solr");
            assertThat(s.collection()).isEqualTo("kabar");
            assertThat(s.shards()).isEqualTo(4);
            assertThat(s.replicas()).isEqualTo(2);
        });
        assertThat(new ConfigSource(Map.of(), home).read(null).solr()).as("the embedded index by default").isEmpty();
    }

    @Test
    void should_refuse_a_solr_backend_it_cannot_reach_in_one_line() {
        Map<Map<String, String>, String> bad = Map.of(
                Map.of("KABAR_RETRIEVAL_BACKEND", "elastic"), "retrieval.backend must be lucene or solr, was 'elastic'",
                Map.of("KABAR_RETRIEVAL_BACKEND", "solr"), "solr.urls is empty: set KABAR_SOLR_URLS",
                Map.of("KABAR_RETRIEVAL_BACKEND", "solr", "KABAR_SOLR_ZK_HOSTS", "zk:2181/solr"),
                "kabar reaches SolrCloud nodes by URL, so besides KABAR_SOLR_ZK_HOSTS set KABAR_SOLR_URLS",
                Map.of("KABAR_RETRIEVAL_BACKEND", "solr", "KABAR_SOLR_URLS", "ftp://x"), "'ftp://x' is not an http(s) URL",
                Map.of("KABAR_RETRIEVAL_BACKEND", "solr", "KABAR_SOLR_URLS", "http://x/solr", "KABAR_SOLR_COLLECTION", "a b"),
                "solr.collection must be letters, digits");
        bad.forEach((env, message) -> assertThatThrownBy(() -> new ConfigSource(env, home).read(null))
                .isInstanceOf(ConfigException.class).hasMessageContaining(message).hasMessageNotContaining("\n"));
    }
}
