package dev.kabar.adapter.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reverse proxies whose {@code X-Forwarded-For} kabar believes. Behind a proxy every client
 * arrives from the proxy's address, so the rate limit would put them all in one bucket; from any
 * other peer the header is the client's own claim and is ignored. Entries are IPs or CIDRs.
 */
public final class TrustedProxies {

    private record Cidr(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xff << (8 - rest)) & 0xff) == 0;
        }
    }

    private final List<Cidr> ranges;

    private TrustedProxies(List<Cidr> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * @param spec comma-separated IPs or CIDRs, e.g. {@code 127.0.0.1, 10.0.0.0/8, fd00::/8}
     * @throws IllegalArgumentException naming the entry that is neither
     */
    public static TrustedProxies parse(String spec) {
        List<Cidr> ranges = new ArrayList<>();
        for (String raw : Objects.requireNonNull(spec, "spec").split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            int bits = address == null ? -1 : address.length * 8;
            if (address != null && slash >= 0) {
                bits = entry.substring(slash + 1).matches("[0-9]{1,3}") ? Integer.parseInt(entry.substring(slash + 1)) : -1;
            }
            if (address == null || bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("'" + entry + "' is not an IP address or a CIDR such as 10.0.0.0/8");
            }
            ranges.add(new Cidr(address, bits));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The client a rate limit should key on: the peer itself, unless the peer is a trusted proxy; then
     * the right-most address in {@code forwardedFor} that is not itself a trusted proxy (the left-most
     * entries are whatever the client claimed).
     */
    public String client(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            byte[] address = literal(hop);
            if (address == null) {
                return peer; // a malformed chain: fall back to the proxy's own bucket
            }
            if (!contains(address)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean trusts(String peer) {
        byte[] address = literal(peer);
        return address != null && contains(address);
    }

    private boolean contains(byte[] address) {
        for (Cidr c : ranges) {
            if (c.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes of an IP literal (never a DNS look-up), or null when {@code s} is not one. */
    private static byte[] literal(String s) {
        String h = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        boolean v4 = h.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean v6 = h.contains(":") && h.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        if (v4) {
            for (String octet : h.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return null; // else the JDK would take it for a host name and ask DNS
                }
            }
        }
        try {
            return InetAddress.getByName(h).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustedProxies other && ranges.size() == other.ranges.size() && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        for (Cidr c : ranges) {
            try {
                out.add(InetAddress.getByAddress(c.network()).getHostAddress() + "/" + c.bits());
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(",", out);
    }
}
