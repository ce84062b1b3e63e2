package dev.kabar.bench;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A corpus replicated {@code replicas} times with fresh article ids ({@code id~r1}, {@code id~r2}, …;
 * the first copy keeps its ids), written as files the normal corpus reader reads, so a benchmark
 * can index a million passages from a small collection. Streams line by line: JSONL lines are
 * parsed once into a template (id apart from the rest), and each replica is written from it, one
 * file per replica so that copies of an article are far apart, as in a real collection. Text
 * articles are copied as {@code stem~rK.txt}. Lines that are not objects with a string id are
 * copied verbatim, to be rejected again as the reader would.
 */
final class ScaledCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScaledCorpus() {}

    /** Writes the replicated corpus into the empty folder {@code out} and returns {@code out}. */
    static Path write(Path corpus, int replicas, Path out) throws IOException {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be >= 1, got " + replicas);
        }
        List<Path> files = files(corpus);
        Path template = Files.createTempFile("kabar-scale-", ".template");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(template, StandardCharsets.UTF_8)) {
                for (Path f : files) {
                    if (!isText(f)) {
                        writeTemplate(f, w);
                    }
                }
            }
            boolean anyJsonl = Files.size(template) > 0; // else an empty file would be rejected per replica
            for (int r = 0; r < replicas; r++) {
                if (anyJsonl) {
                    writeReplica(template, r, out.resolve(String.format(Locale.ROOT, "scaled-%05d.jsonl", r)));
                }
                for (Path f : files) {
                    if (isText(f)) {
                        String stem = f.getFileName().toString().replaceFirst("(?i)\\.txt$", "");
                        Files.copy(f, out.resolve(stem + suffix(r) + ".txt"));
                    }
                }
            }
            return out;
        } finally {
            Files.deleteIfExists(template);
        }
    }

    /** Total size of the files the corpus reader would read at {@code corpus}. */
    static long bytes(Path corpus) throws IOException {
        long total = 0;
        for (Path f : files(corpus)) {
            total += Files.size(f);
        }
        return total;
    }

    private static void writeTemplate(Path jsonl, BufferedWriter template) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    template.write(templateLine(line));
                    template.newLine();
                }
            }
        }
    }

    /** {@code "id"<TAB>rest-of-object-without-braces}, or {@code <TAB>line} when kept verbatim. */
    private static String templateLine(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node instanceof ObjectNode o && o.path("id").isTextual()) {
                String id = JSON.writeValueAsString(o.remove("id").asText());
                String rest = o.toString();
                return id + '\t' + rest.substring(1, rest.length() - 1);
            }
        } catch (JacksonException e) {
            // not JSON: copied verbatim, the reader rejects each copy
        }
        return '\t' + line.replace('\t', ' ');
    }

    private static void writeReplica(Path template, int r, Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(template, StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (tab == 0) {
                    w.write(line, 1, line.length() - 1);
                } else {
                    // the id is a JSON string literal: insert the suffix before its closing quote
                    w.write("{\"id\":");
                    w.write(line, 0, tab - 1);
                    w.write(suffix(r) + '"');
                    w.write(tab + 1 < line.length() ? "," : "");
                    w.write(line, tab + 1, line.length() - tab - 1);
                    w.write('}');
                }
                w.newLine();
            }
        }
    }

    private static String suffix(int r) {
        return r == 0 ? "" : "~r" + r;
    }

    private static List<Path> files(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return List.of(corpus);
        }
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> isText(f) || lower(f).endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isText(Path f) {
        return lower(f).endsWith(".txt");
    }

    private static String lower(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
