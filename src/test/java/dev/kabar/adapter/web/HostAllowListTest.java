package dev.kabar.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostAllowListTest {

    @Test
    void should_allow_the_loopback_names_and_the_public_host_when_bound_to_loopback() {
        HostAllowList hosts = HostAllowList.defaultFor("127.0.0.1", "https://kabar.example.org/");

        assertThat(hosts.allows("localhost:8080")).isTrue();
        assertThat(hosts.allows("127.0.0.1")).isTrue();
        assertThat(hosts.allows("[::1]:8080")).isTrue();
        assertThat(hosts.allows("KABAR.example.org")).isTrue();
        assertThat(hosts.allows("evil.example")).isFalse();
        assertThat(hosts.allows("localhost.evil.example")).isFalse();
        assertThat(hosts.allows(null)).isFalse();
        assertThat(hosts.allows("")).isFalse();
    }

    @Test
    void should_allow_every_host_when_bound_to_another_address_and_nothing_is_set() {
        assertThat(HostAllowList.defaultFor("0.0.0.0", "").allows("anything.example")).isTrue();
        assertThat(HostAllowList.defaultFor("::1", "").allows("anything.example")).isFalse();
    }

    @Test
    void should_match_subdomains_only_with_a_leading_wildcard() {
        HostAllowList hosts = HostAllowList.parse("news.example, *.kabar.example, 10.0.0.5, [fd00::1]");

        assertThat(hosts.allows("news.example:443")).isTrue();
        assertThat(hosts.allows("www.news.example")).isFalse();
        assertThat(hosts.allows("a.kabar.example")).isTrue();
        assertThat(hosts.allows("a.b.kabar.example.")).isTrue();
        assertThat(hosts.allows("kabar.example")).isFalse();
        assertThat(hosts.allows("evilkabar.example")).isFalse();
        assertThat(hosts.allows("10.0.0.5:80")).isTrue();
        assertThat(hosts.allows("[fd00::1]:8080")).isTrue();
        assertThat(hosts.allows("[fd00::2]")).isFalse();
    }

    @Test
    void should_refuse_malformed_host_headers() {
        HostAllowList hosts = HostAllowList.parse("localhost");

        assertThat(hosts.allows("localhost:80:80")).isFalse();
        assertThat(hosts.allows("localhost:http")).isFalse();
        assertThat(hosts.allows("local host")).isFalse();
        assertThat(hosts.allows("[localhost]")).isFalse();
    }

    @Test
    void should_name_the_entry_that_is_not_a_host() {
        assertThatThrownBy(() -> HostAllowList.parse("ok.example, http://bad.example/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://bad.example/");
        assertThatThrownBy(() -> HostAllowList.parse("a*.example")).hasMessageContaining("a*.example");
    }
}
