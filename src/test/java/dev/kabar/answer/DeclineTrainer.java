package dev.kabar.answer;

import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.app.Kabar;
import dev.kabar.eval.Datasets;
import dev.kabar.eval.QaItem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Trains {@link DeclineModel}: runs {@code kabar eval} on a SQuAD 2.0 training split, records the
 * {@link DeclineEvidence} of every question that reaches the decline check, fits a logistic regression
 * on the questions after the first {@code dev} ones and prints the dev trade-off curve (questions
 * declined by the earlier rules count as declined). Usage (see README "Evaluation"):
 * {@code java -cp target/kabar.jar:target/test-classes dev.kabar.answer.DeclineTrainer
 * TRAIN DISTRACTORS DEV [THRESHOLD OUT]}
 */
public final class DeclineTrainer {

    private DeclineTrainer() {}

    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args[0]);
        int dev = Integer.parseInt(args[2]);
        Map<String, DeclineEvidence> seen = observe(dataset, args[1]);
        List<QaItem> items = Datasets.read(dataset).items();
        List<Labelled> fit = new ArrayList<>();
        List<Labelled> held = new ArrayList<>();
        split(items, seen, dev, fit, held);
        LogisticFit.Weights weights = new LogisticFit(4000, 1.0, 1e-4).fit(fit.stream()
                .filter(l -> l.evidence() != null)
                .map(l -> new LogisticFit.Example(l.evidence().features(), l.unanswerable()))
                .toList());
        System.out.println(describe(weights));
        new DeclineCurve(held).print(weights::probability, System.out);
        if (args.length > 4) {
            Files.writeString(Path.of(args[4]), properties(weights, Double.parseDouble(args[3])));
        }
    }

    /** Runs {@code kabar eval} and returns the evidence of each question that reached the decline check. */
    private static Map<String, DeclineEvidence> observe(Path dataset, String distractors) {
        Map<String, DeclineEvidence> seen = new ConcurrentHashMap<>();
        DeclineEvidence.observer = o -> seen.putIfAbsent(o.question().strip(), o.evidence());
        Path home = Path.of(System.getProperty("kabar.home", ".")).toAbsolutePath();
        PrintWriter quiet = new PrintWriter(new StringWriter());
        KabarCli.Io io = new KabarCli.Io(quiet, new PrintWriter(System.err, true), () -> null, false);
        int code = KabarCli.create(new Kabar(System.getenv(), home), io)
                .execute("eval", "--dataset", dataset.toString(), "--distractors", distractors, "--json");
        DeclineEvidence.observer = null;
        if (code != 0) {
            throw new IllegalStateException("eval failed: " + code);
        }
        return seen;
    }

    /** The first {@code dev} questions are held out; a question whose text occurs twice is dropped. */
    private static void split(List<QaItem> items, Map<String, DeclineEvidence> seen, int dev, List<Labelled> fit,
            List<Labelled> held) {
        Map<String, Long> counts = items.stream()
                .collect(Collectors.groupingBy(i -> i.question().strip(), Collectors.counting()));
        for (int i = 0; i < items.size(); i++) {
            QaItem item = items.get(i);
            String question = item.question().strip();
            if (counts.get(question) == 1) {
                (i < dev ? held : fit).add(new Labelled(item.impossible(), seen.get(question)));
            }
        }
    }

    /** A question's label and its evidence, null when an earlier rule declined it. */
    record Labelled(boolean unanswerable, DeclineEvidence evidence) {}

    static String describe(LogisticFit.Weights w) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "bias %.3f%n", w.bias()));
        for (int i = 0; i < w.weights().length; i++) {
            s.append(String.format(Locale.ROOT, "  %-28s %8.3f%n", DeclineEvidence.NAMES.get(i), w.weights()[i]));
        }
        return s.toString();
    }

    static String properties(LogisticFit.Weights w, double threshold) {
        Function<Double, String> num = d -> String.format(Locale.ROOT, "%.4f", d);
        StringBuilder s = new StringBuilder("# written by dev.kabar.answer.DeclineTrainer (README \"Evaluation\")\n");
        s.append("bias=").append(num.apply(w.bias())).append('\n');
        s.append("threshold=").append(num.apply(threshold)).append('\n');
        for (int i = 0; i < w.weights().length; i++) {
            s.append("weight.").append(DeclineEvidence.NAMES.get(i)).append('=')
                    .append(num.apply(w.weights()[i])).append('\n');
        }
        return s.toString();
    }
}
