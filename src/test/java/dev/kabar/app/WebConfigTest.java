package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.adapter.web.WebSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where {@code kabar serve} listens: defaults, the documented keys, and KABAR_HOST / KABAR_PORT. */
class WebConfigTest {

    private static final Path NO_HOME = Path.of("/nonexistent-kabar-home");

    private static WebSettings web(Map<String, String> env) {
        return KabarConfig.from(Settings.load(null, env, NO_HOME)).web();
    }

    @Test
    void should_listen_on_loopback_8080_with_a_rate_limit_by_default() {
        assertThat(web(Map.of())).isEqualTo(new WebSettings("127.0.0.1", 8080, 120));
    }

    @Test
    void should_let_kabar_host_and_kabar_port_override_the_keys() {
        assertThat(web(Map.of("KABAR_SERVER_PORT", "9000", "KABAR_WEB_RATE_LIMIT_PER_MINUTE", "0")))
                .isEqualTo(new WebSettings("127.0.0.1", 9000, 0));
        assertThat(web(Map.of("KABAR_HOST", "0.0.0.0", "KABAR_PORT", "8181", "KABAR_SERVER_PORT", "9000")))
                .isEqualTo(new WebSettings("0.0.0.0", 8181, 120));
    }

    @Test
    void should_name_the_variable_when_the_port_is_not_a_number() {
        assertThatThrownBy(() -> web(Map.of("KABAR_PORT", "eighty"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("KABAR_PORT");
        assertThatThrownBy(() -> web(Map.of("KABAR_PORT", "70000"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("port");
    }
}
