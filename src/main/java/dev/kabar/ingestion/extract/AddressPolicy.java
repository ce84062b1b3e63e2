package dev.kabar.ingestion.extract;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetch may reach: public ones only, unless private ones are allowed
 * ({@code KABAR_FETCH_ALLOW_PRIVATE=true}, for a newsroom's intranet). Loopback, private (RFC 1918,
 * IPv6 unique-local), carrier-grade NAT, link-local (the cloud metadata address 169.254.169.254 among
 * them), multicast and unspecified addresses are not public.
 */
public record AddressPolicy(boolean allowPrivate) {

    /** Public addresses only. */
    public static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(false);

    public boolean allows(InetAddress address) {
        return allowPrivate || isPublic(address);
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // 192.0.0/24 protocol assignments
                    && first < 224;
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) != 0xFC; // fc00::/7 unique local (IPv4-mapped ones arrive as Inet4Address)
        }
        return true;
    }
}
