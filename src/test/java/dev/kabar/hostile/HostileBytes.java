package dev.kabar.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Byte sequences that are not valid UTF-8 text, generated (a text resource cannot hold them). */
final class HostileBytes {

    /**
     * @param article {@code rejected} when a file or JSONL line made of it must be refused with a reason,
     *     {@code indexed} when it is valid UTF-8 text after all (a byte-order mark)
     */
    record Case(String id, String article, byte[] bytes) {
        @Override
        public String toString() {
            return id;
        }
    }

    private HostileBytes() {}

    static List<Case> all() {
        List<Case> cases = new ArrayList<>(List.of(
                new Case("bytes-lone-continuation", "rejected", bytes(0x80, 0x81, 0x82)),
                new Case("bytes-invalid-start", "rejected", bytes('a', 0xc3, 0x28, 'b')),
                new Case("bytes-ff-fe", "rejected", bytes(0xff, 0xfe, 'K', 'o')),
                new Case("bytes-overlong-slash", "rejected", bytes(0xc0, 0xaf)),
                new Case("bytes-overlong-nul", "rejected", bytes('x', 0xc0, 0x80, 'y')),
                new Case("bytes-encoded-surrogate", "rejected", bytes(0xed, 0xa0, 0x80)),
                new Case("bytes-truncated-euro", "rejected", bytes('P', 'r', 'i', 'c', 'e', 0xe2, 0x82)),
                new Case("bytes-above-unicode", "rejected", bytes(0xf4, 0x90, 0x80, 0x80)),
                new Case("bytes-latin1", "rejected", "Caf\u00e9 di Jakarta".getBytes(StandardCharsets.ISO_8859_1)),
                new Case("bytes-utf16le-bom", "rejected", withBom(new byte[] {(byte) 0xff, (byte) 0xfe},
                        "Korea Utara".getBytes(StandardCharsets.UTF_16LE))),
                new Case("bytes-nul-binary", "rejected", bytes('a', 0, 'b', 0, 0, 0)),
                new Case("bytes-png-header", "rejected", bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)),
                new Case("bytes-gzip-header", "rejected", bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03)),
                new Case("bytes-utf8-bom", "indexed", withBom(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        "Korea Utara dan Rusia menandatangani pakta.".getBytes(StandardCharsets.UTF_8)))));
        Random random = new Random(7);
        for (int i = 0; i < 4; i++) {
            byte[] noise = new byte[512 << i];
            random.nextBytes(noise);
            noise[0] = (byte) 0xff; // never valid UTF-8, whatever the rest
            cases.add(new Case("bytes-random-" + noise.length, "rejected", noise));
        }
        return List.copyOf(cases);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] withBom(byte[] bom, byte[] rest) {
        byte[] out = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(rest, 0, out, bom.length, rest.length);
        return out;
    }
}
