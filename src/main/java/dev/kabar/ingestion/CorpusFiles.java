package dev.kabar.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which files make up a corpus path, and a fingerprint of them. Hidden files (name starting with
 * {@code .}) in a folder are skipped: editors and sync tools leave them behind.
 */
final class CorpusFiles {

    private static final String WHAT_TO_DO = " — pass --corpus with a folder of .txt files or a .jsonl file";

    private CorpusFiles() {}

    static List<Path> list(Path path) {
        Objects.requireNonNull(path, "path");
        if (!Files.exists(path)) {
            throw new CorpusException("corpus not found: " + path + WHAT_TO_DO);
        }
        if (Files.isDirectory(path)) {
            List<Path> files = inFolder(path);
            if (files.isEmpty()) {
                throw new CorpusException("no .txt or .jsonl files in " + path + WHAT_TO_DO);
            }
            return files;
        }
        if (Files.isRegularFile(path) && isArticleFile(path)) {
            return List.of(path);
        }
        throw new CorpusException("not a corpus: " + path + " is neither a folder nor a .txt or .jsonl file" + WHAT_TO_DO);
    }

    static boolean isText(Path file) {
        return lowerName(file).endsWith(".txt");
    }

    static String fingerprint(Path path) {
        MessageDigest sha = sha256();
        for (Path file : list(path)) {
            sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new CorpusException("cannot read " + file + " to fingerprint the corpus: " + e.getMessage()
                        + " — check permissions", e);
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Path> inFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(CorpusFiles::isArticleFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list corpus folder " + folder + ": " + e.getMessage()
                    + " — check permissions", e);
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = lowerName(file);
        return name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
