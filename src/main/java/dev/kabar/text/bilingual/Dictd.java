package dev.kabar.text.bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A dictd dictionary read whole at start-up: {@code NAME.index} (tab-separated headword, base64
 * offset, base64 length) and {@code NAME.dict.dz} (dictzip, which any gzip reader inflates) or a
 * plain {@code NAME.dict}. The FreeDict English–Indonesian data inflates to about 1 MB, so random
 * access buys nothing here.
 */
public final class Dictd {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Map<String, List<String>> entries;

    private Dictd(Map<String, List<String>> entries) {
        this.entries = entries;
    }

    /** Whether the dictionary named by {@code base} (e.g. {@code /usr/share/dictd/freedict-eng-ind}) is there. */
    public static boolean exists(Path base) {
        return Files.isRegularFile(indexOf(base)) && (Files.isRegularFile(sibling(base, ".dict.dz"))
                || Files.isRegularFile(sibling(base, ".dict")));
    }

    /** Reads the dictionary named by {@code base}; headwords are looked up lower-cased. */
    public static Dictd read(Path base) {
        try {
            byte[] data = body(base);
            Map<String, List<String>> entries = new HashMap<>();
            for (String line : Files.readAllLines(indexOf(base), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length < 3 || f[0].startsWith("00database") || f[0].startsWith("00-database")) {
                    continue;
                }
                long offset = decode(f[1]);
                long length = decode(f[2]);
                if (offset < 0 || length < 0 || offset + length > data.length) {
                    continue; // a damaged line costs one headword, not the dictionary
                }
                String text = new String(data, (int) offset, (int) length, StandardCharsets.UTF_8);
                entries.computeIfAbsent(f[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(text);
            }
            return new Dictd(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionary " + base + ": " + e.getMessage(), e);
        }
    }

    /** The entries' texts for a lower-case headword; empty when there is none. */
    public List<String> entries(String headword) {
        return entries.getOrDefault(headword, List.of());
    }

    public int size() {
        return entries.size();
    }

    /** Every headword, lower-cased. */
    public Iterable<String> headwords() {
        return entries.keySet();
    }

    static long decode(String base64) {
        long n = 0;
        for (int i = 0; i < base64.length(); i++) {
            int digit = BASE64.indexOf(base64.charAt(i));
            if (digit < 0) {
                return -1;
            }
            n = n * 64 + digit;
        }
        return n;
    }

    private static byte[] body(Path base) throws IOException {
        Path dz = sibling(base, ".dict.dz");
        if (Files.isRegularFile(dz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dz))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(sibling(base, ".dict"));
    }

    private static Path indexOf(Path base) {
        return sibling(base, ".index");
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
