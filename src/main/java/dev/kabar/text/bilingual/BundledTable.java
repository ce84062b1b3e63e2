package dev.kabar.text.bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tab-separated tables bundled under {@code dev/kabar/text/bilingual/}: rows of fields. */
final class BundledTable {

    private BundledTable() {}

    static List<String[]> rows(String name) {
        try (InputStream in = BundledTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("table " + name + " is missing from the build: rebuild kabar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .filter(f -> f.length >= 2)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table " + name + ": " + e.getMessage(), e);
        }
    }
}
