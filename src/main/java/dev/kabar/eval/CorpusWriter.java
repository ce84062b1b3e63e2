package dev.kabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Materialises an evaluation corpus as files the normal ingestion reads: the dataset's contexts as
 * JSONL articles {@code ctx-000000…} in {@code a-dataset.jsonl}, then distractors. File names sort
 * the dataset first, so on an id clash the dataset's article is the one kept. A distractor whose text
 * equals a dataset context is dropped: as a second article it would steal the gold.
 */
public final class CorpusWriter {

    private final ObjectMapper json = new ObjectMapper();
    private final Path folder;
    private final Set<String> seen = new HashSet<>();
    private int datasetArticles;
    private int distractorArticles;
    private int duplicatesDropped;
    private int copiedFiles;

    /** How many articles were written and how many distractors were left out as duplicates. */
    public record Stats(int datasetArticles, int distractorArticles, int duplicatesDropped) {}

    public CorpusWriter(Path folder) {
        this.folder = folder;
    }

    public static String articleId(int contextId) {
        return String.format(Locale.ROOT, "ctx-%06d", contextId);
    }

    /** Writes the dataset's contexts; call once, before any distractors. */
    public void writeDataset(QaDataset dataset) {
        datasetArticles = write("a-dataset.jsonl", dataset.contexts(), "ctx-%06d");
    }

    /**
     * Adds distractor articles from a dataset file ({@code .json}/{@code .csv}, questions ignored), a
     * {@code .jsonl} file or a folder of {@code .txt}/{@code .jsonl} articles.
     *
     * @throws DatasetException when the path is missing or none of these
     */
    public void addDistractors(Path path) {
        if (!Files.exists(path)) {
            throw new DatasetException("distractors not found: " + path + " — pass a dataset file, a .jsonl"
                    + " file or a folder of .txt/.jsonl articles");
        }
        if (Datasets.isDataset(path)) {
            List<String> fresh = Datasets.read(path).contexts().stream().filter(this::isNew).toList();
            distractorArticles += write("b-distractors.jsonl", fresh, "dis-%06d");
        } else if (Files.isDirectory(path)) {
            for (Path file : articleFiles(path)) {
                copy(file);
            }
        } else if (isArticleFile(path)) {
            copy(path);
        } else {
            throw new DatasetException("cannot use " + path + " as distractors — pass a dataset file (.json, .csv),"
                    + " a .jsonl file or a folder of .txt/.jsonl articles");
        }
    }

    public Stats stats() {
        return new Stats(datasetArticles, distractorArticles, duplicatesDropped);
    }

    private int write(String name, List<String> texts, String idFormat) {
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
            for (int i = 0; i < texts.size(); i++) {
                seen.add(ContextTable.key(texts.get(i)));
                ObjectNode o = json.createObjectNode();
                o.put("id", String.format(Locale.ROOT, idFormat, i));
                o.put("title", "");
                o.put("text", texts.get(i));
                out.write(json.writeValueAsString(o));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evaluation corpus in " + folder + ": " + e.getMessage(), e);
        }
        return texts.size();
    }

    private boolean isNew(String text) {
        boolean fresh = !seen.contains(ContextTable.key(text));
        duplicatesDropped += fresh ? 0 : 1;
        return fresh;
    }

    private void copy(Path file) {
        Path target = folder.resolve(String.format(Locale.ROOT, "c-%03d-%s", copiedFiles++, file.getFileName()));
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                Files.copy(file, target);
                distractorArticles++;
                return;
            }
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8);
                    BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (!line.isBlank() && isNew(textOf(line))) {
                        out.write(line);
                        out.write('\n');
                        distractorArticles++;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetException("cannot read distractors " + file + ": " + e.getMessage()
                    + " — check it is UTF-8 and readable", e);
        }
    }

    /** The {@code text} of a JSONL article line; a line that is not such an object is passed on as is. */
    private String textOf(String line) {
        try {
            JsonNode text = json.readTree(line).path("text");
            return text.isTextual() ? text.asText() : "\u0000" + line;
        } catch (IOException e) {
            return "\u0000" + line; // ingestion rejects and counts it
        }
    }

    private static List<Path> articleFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(CorpusWriter::isArticleFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException("cannot list distractor folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".txt") || name.endsWith(".jsonl"));
    }
}
