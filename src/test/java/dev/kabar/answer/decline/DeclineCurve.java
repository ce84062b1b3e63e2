package dev.kabar.answer.decline;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The trade-off a decline threshold makes on held-out questions: the share of unanswerable ones
 * declined and of answerable ones wrongly declined, with the coverage floors
 * ({@code answer.min-coverage}/{@code answer.min-content-coverage}) applied first.
 */
record DeclineCurve(List<DeclineTrainer.Labelled> questions) {

    static final double[][] FLOORS = {{0, 0}, {0, 0.2}, {0, 0.3}, {0.3, 0.1}, {0.4, 0.2}, {0.5, 0.35}};
    static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 1.01};

    /** Declined shares at one setting: {declinedUnanswerable, wronglyDeclined}. */
    double[] at(ToDoubleFunction<double[]> model, double minCoverage, double minContent, double threshold) {
        int unanswerable = 0;
        int declinedUnanswerable = 0;
        int answerable = 0;
        int wronglyDeclined = 0;
        for (DeclineTrainer.Labelled q : questions) {
            boolean declined = q.evidence() == null
                    || declines(q.evidence(), model, minCoverage, minContent, threshold);
            if (q.unanswerable()) {
                unanswerable++;
                declinedUnanswerable += declined ? 1 : 0;
            } else {
                answerable++;
                wronglyDeclined += declined ? 1 : 0;
            }
        }
        return new double[] {share(declinedUnanswerable, unanswerable), share(wronglyDeclined, answerable)};
    }

    void print(ToDoubleFunction<double[]> model, PrintStream out) {
        for (double[] floor : FLOORS) {
            out.printf(Locale.ROOT, "floors %.2f/%.2f:", floor[0], floor[1]);
            for (double t : THRESHOLDS) {
                double[] r = at(model, floor[0], floor[1], t);
                out.printf(Locale.ROOT, "  t%.2f %.3f/%.3f", t, r[0], r[1]);
            }
            out.println();
        }
    }

    /** The most unanswerable questions declined with at most 10% and 15% of answerable ones declined. */
    void summary(String label, ToDoubleFunction<double[]> model, PrintStream out) {
        out.printf(Locale.ROOT, "%s:", label);
        for (double most : new double[] {0.10, 0.15}) {
            double[] best = {0, 0, 1.01};
            for (double t = 0.2; t <= 1.0; t += 0.01) {
                double[] r = at(model, 0, 0, t);
                if (r[1] <= most && r[0] > best[0]) {
                    best = new double[] {r[0], r[1], t};
                }
            }
            out.printf(Locale.ROOT, "  wrongly<=%.2f: %.3f/%.3f at t%.2f", most, best[0], best[1], best[2]);
        }
        out.println();
    }

    private static boolean declines(DeclineEvidence e, ToDoubleFunction<double[]> model, double minCoverage,
            double minContent, double threshold) {
        double[] f = e.features();
        return f[0] < minCoverage || f[1] < minContent || model.applyAsDouble(f) >= threshold;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
