package dev.kabar.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of an evaluation run: a table for people, or one JSON object whose top level holds the
 * first system's figures and {@code "baseline"} the second's. A figure without data (NaN) is
 * {@code null} in JSON and {@code n/a} in the table.
 */
public final class EvalReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalReport() {}

    public static ObjectNode json(RunInfo info, Evaluation.Result result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("dataset", info.dataset());
        o.put("skipped", info.skipped());
        o.put("articles", info.index().articles());
        o.put("passages", info.index().passages());
        o.put("datasetArticles", info.corpus().datasetArticles());
        o.put("distractorArticles", info.corpus().distractorArticles());
        o.put("duplicateDistractors", info.corpus().duplicatesDropped());
        o.put("rejected", info.index().rejected().size());
        o.put("indexMs", info.index().millis());
        figures(o, result.scores().getFirst());
        if (result.scores().size() > 1) {
            figures(o.putObject("baseline"), result.scores().get(1));
        }
        return o;
    }

    public static String table(RunInfo info, Evaluation.Result result) {
        Scores first = result.scores().getFirst();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "dataset   %s: %d questions (%d answerable, %d unanswerable), %d skipped%n",
                info.dataset(), first.questions(), first.answerable(), first.unanswerable(), info.skipped()));
        sb.append(String.format(Locale.ROOT, "corpus    %d contexts + %d distractors (%d duplicates dropped): %d articles,"
                + " %d passages, %d rejected, indexed in %d ms%n%n", info.corpus().datasetArticles(),
                info.corpus().distractorArticles(), info.corpus().duplicatesDropped(), info.index().articles(),
                info.index().passages(), info.index().rejected().size(), info.index().millis()));
        sb.append(String.format(Locale.ROOT, "%-22s", "metric"));
        result.systems().forEach(name -> sb.append(String.format(Locale.ROOT, "%10s", name)));
        sb.append(System.lineSeparator());
        List<Map<String, Double>> columns = result.scores().stream().map(Scores::byKey).toList();
        for (String key : columns.getFirst().keySet()) {
            sb.append(String.format(Locale.ROOT, "%-22s", key));
            columns.forEach(c -> sb.append(String.format(Locale.ROOT, "%10s", format(key, c.get(key)))));
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** Up to the given failures, a few lines each, for error analysis. */
    public static String failures(List<Failure> failures) {
        StringBuilder sb = new StringBuilder();
        for (Failure f : failures) {
            QaItem item = f.item();
            sb.append("Q  ").append(item.question()).append("  [").append(item.id()).append(", gold ")
                    .append(CorpusWriter.articleId(item.contextId())).append(" at rank ")
                    .append(f.goldRank() == 0 ? "-" : f.goldRank()).append("]").append(System.lineSeparator());
            sb.append("   gold:   ").append(item.impossible() ? "(unanswerable)" : String.join(" | ", item.answers()))
                    .append(System.lineSeparator());
            Reply r = f.reply();
            sb.append(r.declined() ? "   declined (" + r.declineReason() + "): " : "   answer: ")
                    .append(oneLine(r.text())).append(System.lineSeparator());
            if (!r.shortAnswer().isEmpty()) {
                sb.append("   short:  ").append(r.shortAnswer()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static void figures(ObjectNode o, Scores s) {
        o.put("questions", s.questions());
        o.put("answerable", s.answerable());
        o.put("unanswerable", s.unanswerable());
        s.byKey().forEach((key, value) -> {
            if (Double.isNaN(value)) {
                o.putNull(key);
            } else {
                o.put(key, Math.round(value * 10_000.0) / 10_000.0);
            }
        });
    }

    private static String format(String key, double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (key.endsWith("Ms")) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        if (key.equals("questionsPerSecond") || key.equals("meanAnswerChars")) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String oneLine(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
