package dev.kabar.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a dataset file by its name: {@code .csv} is FacQA, anything else SQuAD 2.0 JSON. */
public final class Datasets {

    static final String WHAT_TO_PASS = " — pass a SQuAD 2.0 .json file or a FacQA .csv file";

    private Datasets() {}

    /** Whether {@code path} names a dataset file (rather than an article corpus). */
    public static boolean isDataset(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".json") || name.endsWith(".csv"));
    }

    /**
     * @throws DatasetException when the file is missing, unreadable or malformed as a whole
     */
    public static QaDataset read(Path file) {
        return read(file, ContextRefs.DEFAULT_ROOT);
    }

    /**
     * Reads a dataset whose {@code contextRef} paragraphs resolve under {@code datasetsRoot}.
     *
     * @throws DatasetException when the file is missing, unreadable or malformed as a whole
     */
    public static QaDataset read(Path file, Path datasetsRoot) {
        if (!Files.exists(file)) {
            throw new DatasetException("dataset not found: " + file + WHAT_TO_PASS);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new DatasetException("cannot read " + file + " as a dataset" + WHAT_TO_PASS);
        }
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        return csv ? new FacqaReader().read(file) : new SquadReader(new ContextRefs(datasetsRoot)).read(file);
    }

    static DatasetException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DatasetException("dataset not found: " + file + WHAT_TO_PASS, e);
        }
        if (e instanceof CharacterCodingException) {
            return new DatasetException(file + " is not UTF-8 text" + WHAT_TO_PASS, e);
        }
        return new DatasetException("cannot read " + file + ": " + e.getMessage() + " — check the file and its"
                + " permissions", e);
    }
}
