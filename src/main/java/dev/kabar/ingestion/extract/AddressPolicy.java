package dev.kabar.ingestion.extract;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

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
            if ((b[0] & 0xFE) == 0xFC) {
                return false; // fc00::/7 unique local (IPv4-mapped ones arrive as Inet4Address)
            }
            byte[] embedded = embeddedIpv4(b);
            return embedded == null || isPublic(v4(embedded));
        }
        return true;
    }

    /**
     * The IPv4 address an IPv6 address carries to an IPv4 host — NAT64 ({@code 64:ff9b::/96},
     * {@code 64:ff9b:1::/48}), 6to4 ({@code 2002::/16}), IPv4-compatible ({@code ::a.b.c.d}) — so that
     * {@code 64:ff9b::a00:1} is judged as 10.0.0.1; null when it carries none.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        if (nat64 || compatible) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]}; // 6to4
        }
        return null;
    }

    private static InetAddress v4(byte[] four) {
        try {
            return InetAddress.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
