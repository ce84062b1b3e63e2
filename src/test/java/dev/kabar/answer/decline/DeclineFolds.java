package dev.kabar.answer.decline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * K-fold cross-validation of a decline model fit: every question is scored by a model fitted
 * without its fold, so the trade-off is measured on all training questions rather than a small
 * held-out part (steadier when comparing features).
 */
final class DeclineFolds {

    private DeclineFolds() {}

    static void print(String label, List<DeclineTrainer.Labelled> all, int k,
            Function<List<LogisticFit.Example>, ToDoubleFunction<double[]>> fitter, PrintStream out) {
        List<Scored> scored = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<LogisticFit.Example> train = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                DeclineTrainer.Labelled l = all.get(i);
                if (i % k != fold && l.evidence() != null) {
                    train.add(new LogisticFit.Example(l.evidence().features(), l.unanswerable()));
                }
            }
            ToDoubleFunction<double[]> model = fitter.apply(train);
            for (int i = fold; i < all.size(); i += k) {
                DeclineTrainer.Labelled l = all.get(i);
                scored.add(new Scored(l, l.evidence() == null ? 1 : model.applyAsDouble(l.evidence().features())));
            }
        }
        out.printf(java.util.Locale.ROOT, "%s (%d-fold):", label, k);
        for (double most : new double[] {0.10, 0.15}) {
            double[] best = {0, 0, 1.01};
            for (double t = 0.2; t <= 1.0; t += 0.01) {
                double[] r = at(scored, t);
                if (r[1] <= most && r[0] > best[0]) {
                    best = new double[] {r[0], r[1], t};
                }
            }
            out.printf(java.util.Locale.ROOT, "  wrongly<=%.2f: %.3f/%.3f at t%.2f", most, best[0], best[1], best[2]);
        }
        out.println();
    }

    /** {declinedUnanswerable, wronglyDeclined} at a threshold. */
    private static double[] at(List<Scored> scored, double threshold) {
        double[] n = new double[4];
        for (Scored s : scored) {
            int k = s.labelled().unanswerable() ? 0 : 2;
            n[k]++;
            n[k + 1] += s.p() >= threshold ? 1 : 0;
        }
        return new double[] {n[1] / n[0], n[3] / n[2]};
    }

    private record Scored(DeclineTrainer.Labelled labelled, double p) {}
}
