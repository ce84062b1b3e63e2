package dev.kabar.answer.extractive;

import java.util.List;

/**
 * Fits a linear scoring function by full-batch gradient descent on the listwise softmax loss: for
 * each group (the sentences read for one question) it raises the probability mass of the positive
 * sentences among all. Plain Java, deterministic (weights start at zero), with a little L2 shrinkage.
 */
final class ListwiseFit {

    /** One question's sentences: their features and which hold the answer (at least one does). */
    record Group(List<double[]> features, boolean[] positive) {}

    private final int iterations;
    private final double rate;
    private final double l2;

    ListwiseFit(int iterations, double rate, double l2) {
        this.iterations = iterations;
        this.rate = rate;
        this.l2 = l2;
    }

    /** The fitted weights (no bias: a constant cannot change an order). */
    double[] fit(List<Group> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no groups");
        }
        int dims = groups.getFirst().features().getFirst().length;
        double[] w = new double[dims];
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[dims];
            for (Group g : groups) {
                accumulate(g, w, grad);
            }
            for (int i = 0; i < dims; i++) {
                w[i] -= rate * (grad[i] / groups.size() + l2 * w[i]);
            }
        }
        return w;
    }

    /** Adds the gradient of -log(sum over positives of p) for one group. */
    private static void accumulate(Group g, double[] w, double[] grad) {
        int n = g.features().size();
        double[] z = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            z[k] = dot(w, g.features().get(k));
            max = Math.max(max, z[k]);
        }
        double all = 0;
        double pos = 0;
        for (int k = 0; k < n; k++) {
            z[k] = Math.exp(z[k] - max);
            all += z[k];
            pos += g.positive()[k] ? z[k] : 0;
        }
        for (int k = 0; k < n; k++) {
            double coefficient = z[k] / all - (g.positive()[k] ? z[k] / pos : 0);
            double[] f = g.features().get(k);
            for (int i = 0; i < f.length; i++) {
                grad[i] += coefficient * f[i];
            }
        }
    }

    static double dot(double[] w, double[] f) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * f[i];
        }
        return z;
    }
}
