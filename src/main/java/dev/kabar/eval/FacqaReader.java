package dev.kabar.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads FacQA (IndoNLU) CSV: columns {@code question}, {@code passage}, {@code seq_label}, each
 * cell the repr of a Python list — tokens, and one BIO label ({@code B}, {@code I}, {@code O}) per
 * passage token. Every labelled span is a gold answer, cut from the detokenised passage so it is a
 * substring of it. Questions on the same passage share one context. A row whose cells do not parse
 * or whose token and label counts differ is skipped and counted.
 */
public final class FacqaReader {

    private static final List<String> COLUMNS = List.of("question", "passage", "seq_label");

    public QaDataset read(Path file) {
        List<List<String>> rows = CsvRows.parse(text(file));
        int[] col = columns(rows, file);
        ContextTable contexts = new ContextTable();
        List<QaItem> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String where = file.getFileName() + " row " + r;
            try {
                List<String> row = rows.get(r);
                if (row.size() <= Math.max(col[0], Math.max(col[1], col[2]))) {
                    throw new IllegalArgumentException("has " + row.size() + " cells");
                }
                QaItemParts parts = parse(row.get(col[0]), row.get(col[1]), row.get(col[2]));
                int contextId = contexts.idOf(parts.passage());
                items.add(new QaItem("row-" + r, parts.question(), contextId, parts.answers(), false));
            } catch (IllegalArgumentException e) {
                skipped.add(where + ": " + e.getMessage());
            }
        }
        return new QaDataset(contexts.texts(), items, skipped);
    }

    private record QaItemParts(String question, String passage, List<String> answers) {}

    private static QaItemParts parse(String questionCell, String passageCell, String labelCell) {
        String question = Detokenizer.join(PythonList.parse(questionCell)).text();
        List<String> tokens = PythonList.parse(passageCell);
        List<String> labels = PythonList.parse(labelCell);
        if (tokens.size() != labels.size()) {
            throw new IllegalArgumentException(tokens.size() + " passage tokens but " + labels.size() + " labels");
        }
        if (question.isBlank()) {
            throw new IllegalArgumentException("empty question");
        }
        Detokenizer.Joined passage = Detokenizer.join(tokens);
        List<String> answers = new ArrayList<>();
        for (int[] span : BioSpans.decode(labels)) {
            String answer = passage.span(span[0], span[1]).strip();
            if (!answer.isEmpty() && !answers.contains(answer)) {
                answers.add(answer);
            }
        }
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("no answer labelled (no B or I)");
        }
        return new QaItemParts(question, passage.text(), answers);
    }

    private static int[] columns(List<List<String>> rows, Path file) {
        if (rows.isEmpty()) {
            throw new DatasetException(file + " is empty — expected FacQA CSV with columns " + COLUMNS);
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        int[] col = new int[COLUMNS.size()];
        for (int i = 0; i < col.length; i++) {
            col[i] = header.indexOf(COLUMNS.get(i));
            if (col[i] < 0) {
                throw new DatasetException(file + " has no '" + COLUMNS.get(i) + "' column — expected FacQA CSV"
                        + " with the header question,passage,seq_label");
            }
        }
        return col;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Datasets.unreadable(file, e);
        }
    }
}
