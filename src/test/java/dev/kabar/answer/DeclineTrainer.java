package dev.kabar.answer;

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
 * {@code java -cp target/kabar.jar:target/test-classes dev.kabar.answer.DeclineTrainer
 * TRAIN DISTRACTORS DEV [THRESHOLD OUT]}; {@code -Ddecline.dump=FILE} also writes every question's
 * label, rule reason and features as tab-separated lines, for a look at the data.
 */
public final class DeclineTrainer {

    private DeclineTrainer() {}

    public static void main(String[] args) throws IOException {
        int dev = Integer.parseInt(args[2]);
        Path home = Path.of(System.getProperty("kabar.home", ".")).toAbsolutePath();
        List<DeclineSamples.Sample> samples =
                DeclineSamples.collect(Datasets.read(Path.of(args[0])), Path.of(args[1]), home);
        String dump = System.getProperty("decline.dump");
        if (dump != null) {
            Files.write(Path.of(dump), samples.stream().map(DeclineTrainer::row).toList());
        }
        List<Labelled> held = samples.subList(0, Math.min(dev, samples.size())).stream()
                .map(DeclineTrainer::labelled).toList();
        LogisticFit.Weights weights = new LogisticFit(4000, 1.0, 1e-4).fit(samples.subList(held.size(), samples.size())
                .stream()
                .filter(s -> s.evidence() != null)
                .map(s -> new LogisticFit.Example(s.evidence().features(), s.item().impossible()))
                .toList());
        System.out.println(describe(weights));
        new DeclineCurve(held).print(weights::probability, System.out);
        if (args.length > 4) {
            Files.writeString(Path.of(args[4]), properties(weights, Double.parseDouble(args[3])));
        }
    }

    /** A question's label and its evidence, null when an earlier rule declined it. */
    record Labelled(boolean unanswerable, DeclineEvidence evidence) {}

    private static Labelled labelled(DeclineSamples.Sample s) {
        return new Labelled(s.item().impossible(), s.evidence());
    }

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
