package dev.kabar.answer.decline;

import dev.kabar.eval.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Trains {@link DeclineModel}: asks every question of a SQuAD 2.0 training split as {@code kabar eval}
 * does ({@link DeclineSamples}), fits a logistic regression on the evidence of the questions after
 * the first {@code dev} ones and prints the dev trade-off curve (questions declined by the earlier
 * rules count as declined). Usage (see README "Evaluation"):
 * {@code java -cp target/kabar.jar:target/test-classes dev.kabar.answer.decline.DeclineTrainer
 * TRAIN DISTRACTORS DEV [THRESHOLD OUT]}; {@code -Ddecline.dump=FILE} also writes every question's
 * label, rule reason and features as tab-separated lines, for a look at the data; {@code
 * -Ddecline.from=FILE} fits on such a file instead of asking afresh (seconds, for comparing fits);
 * {@code -Ddecline.folds=K} also prints a K-fold cross-validated summary over all questions.
 */
public final class DeclineTrainer {

    private DeclineTrainer() {}

    public static void main(String[] args) throws IOException {
        int dev = Integer.parseInt(args[2]);
        List<Labelled> all = labelled(args);
        List<Labelled> held = all.subList(0, Math.min(dev, all.size()));
        LogisticFit fitter = new LogisticFit(8000, 0.3, 1e-4);
        LogisticFit.Weights weights = fitter.fit(examples(all.subList(held.size(), all.size())));
        System.out.println(describe(weights));
        DeclineCurve curve = new DeclineCurve(held);
        curve.print(weights::probability, System.out);
        curve.summary("dev", weights::probability, System.out);
        int folds = Integer.getInteger("decline.folds", 0);
        if (folds > 1) {
            DeclineFolds.print("all questions", all, folds, ex -> fitter.fit(ex)::probability, System.out);
        }
        if (args.length > 4) {
            Files.writeString(Path.of(args[4]), properties(weights, Double.parseDouble(args[3])));
        }
    }

    private static List<LogisticFit.Example> examples(List<Labelled> labelled) {
        return labelled.stream().filter(l -> l.evidence() != null)
                .map(l -> new LogisticFit.Example(l.evidence().features(), l.unanswerable())).toList();
    }

    /** Every question's label and evidence: asked afresh, or read from an earlier {@code -Ddecline.dump}. */
    private static List<Labelled> labelled(String[] args) throws IOException {
        String from = System.getProperty("decline.from");
        if (from != null) {
            return Files.readAllLines(Path.of(from)).stream().map(DeclineTrainer::parseRow).toList();
        }
        Path home = Path.of(System.getProperty("kabar.home", ".")).toAbsolutePath();
        List<DeclineSamples.Sample> samples =
                DeclineSamples.collect(Datasets.read(Path.of(args[0])), Path.of(args[1]), home);
        String dump = System.getProperty("decline.dump");
        if (dump != null) {
            Files.write(Path.of(dump), samples.stream().map(DeclineTrainer::row).toList());
        }
        return samples.stream().map(s -> new Labelled(s.item().impossible(), s.evidence())).toList();
    }

    private static Labelled parseRow(String line) {
        String[] cols = line.split("\t");
        boolean asked = cols[2].isEmpty();
        double[] f = new double[DeclineEvidence.NAMES.size()];
        for (int i = 0; asked && i < f.length; i++) {
            f[i] = Double.parseDouble(cols[3 + i]);
        }
        return new Labelled(cols[1].equals("1"), asked ? new DeclineEvidence(f) : null);
    }

    /** A question's label and its evidence, null when an earlier rule declined it. */
    record Labelled(boolean unanswerable, DeclineEvidence evidence) {}

    private static String row(DeclineSamples.Sample s) {
        StringBuilder b = new StringBuilder(s.item().id()).append('\t').append(s.item().impossible() ? 1 : 0)
                .append('\t').append(s.reason());
        double[] f = s.evidence() == null ? new double[0] : s.evidence().features();
        for (double x : f) {
            b.append('\t').append(String.format(Locale.ROOT, "%.4f", x));
        }
        return b.append('\t').append(s.item().question().replace('\t', ' ')).toString();
    }

    static String describe(LogisticFit.Weights w) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "bias %.3f%n", w.bias()));
        for (int i = 0; i < w.weights().length; i++) {
            s.append(String.format(Locale.ROOT, "  %-28s %8.3f%n", DeclineEvidence.NAMES.get(i), w.weights()[i]));
        }
        return s.toString();
    }

    static String properties(LogisticFit.Weights w, double threshold) {
        Function<Double, String> num = d -> String.format(Locale.ROOT, "%.4f", d);
        StringBuilder s = new StringBuilder("# written by dev.kabar.answer.decline.DeclineTrainer (README \"Evaluation\")\n");
        s.append("bias=").append(num.apply(w.bias())).append('\n');
        s.append("threshold=").append(num.apply(threshold)).append('\n');
        for (int i = 0; i < w.weights().length; i++) {
            s.append("weight.").append(DeclineEvidence.NAMES.get(i)).append('=')
                    .append(num.apply(w.weights()[i])).append('\n');
        }
        return s.toString();
    }
}
