package dev.kabar.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.1, fd00::/8");

    @Test
    void should_take_the_right_most_untrusted_address_when_the_peer_is_a_trusted_proxy() {
        assertThat(proxies.client("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.client("10.1.2.3", "6.6.6.6, 203.0.113.9, 10.9.9.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.client("fd00::5", "2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(proxies.client("192.168.1.1", "198.51.100.4")).isEqualTo("198.51.100.4");
    }

    @Test
    void should_ignore_the_header_from_a_peer_that_is_not_trusted() {
        assertThat(proxies.client("203.0.113.9", "1.2.3.4")).isEqualTo("203.0.113.9");
        assertThat(proxies.client("192.168.1.2", "1.2.3.4")).isEqualTo("192.168.1.2");
        assertThat(TrustedProxies.none().client("10.1.2.3", "1.2.3.4")).isEqualTo("10.1.2.3");
    }

    @Test
    void should_fall_back_to_the_peer_when_the_chain_is_malformed_or_all_trusted() {
        assertThat(proxies.client("10.1.2.3", "not-an-ip")).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", "10.4.4.4, 10.5.5.5")).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", "")).isEqualTo("10.1.2.3");
    }

    @Test
    void should_match_cidr_bits_exactly() {
        TrustedProxies narrow = TrustedProxies.parse("172.16.0.0/12");

        assertThat(narrow.client("172.31.255.255", "1.1.1.1")).isEqualTo("1.1.1.1");
        assertThat(narrow.client("172.32.0.0", "1.1.1.1")).isEqualTo("172.32.0.0");
    }

    @Test
    void should_name_an_entry_that_is_not_an_address_and_never_ask_dns() {
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("999.1.1.1")).hasMessageContaining("999.1.1.1");
    }
}
