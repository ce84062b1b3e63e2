package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void should_refuse_local_private_and_link_local_addresses(String address) throws UnknownHostException {
        InetAddress a = InetAddress.getByName(address);

        assertThat(AddressPolicy.PUBLIC_ONLY.allows(a)).isFalse();
        assertThat(new AddressPolicy(true).allows(a)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "203.0.114.5", "2001:4860:4860::8888", "100.128.0.1"})
    void should_allow_public_addresses(String address) throws UnknownHostException {
        assertThat(AddressPolicy.PUBLIC_ONLY.allows(InetAddress.getByName(address))).isTrue();
    }
}
