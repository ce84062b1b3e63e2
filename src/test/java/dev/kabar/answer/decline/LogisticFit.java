package dev.kabar.answer.decline;

import java.util.List;

/**
 * Fits a logistic regression by full-batch gradient descent with a little L2 shrinkage: plain
 * Java, deterministic (weights start at zero), fast enough for some thousands of examples.
 */
final class LogisticFit {

    /** One training example: features and whether it is positive (here: should be declined). */
    record Example(double[] features, boolean positive) {}

    /** Fitted bias and weights. */
    record Weights(double bias, double[] weights) {
        double probability(double[] features) {
            return DeclineModel.probability(bias, weights, features);
        }
    }

    private final int iterations;
    private final double rate;
    private final double l2;

    LogisticFit(int iterations, double rate, double l2) {
        this.iterations = iterations;
        this.rate = rate;
        this.l2 = l2;
    }

    Weights fit(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples");
        }
        int dims = examples.getFirst().features().length;
        double bias = 0;
        double[] w = new double[dims];
        for (int it = 0; it < iterations; it++) {
            double gradBias = 0;
            double[] grad = new double[dims];
            for (Example e : examples) {
                double error = DeclineModel.probability(bias, w, e.features()) - (e.positive() ? 1 : 0);
                gradBias += error;
                for (int i = 0; i < dims; i++) {
                    grad[i] += error * e.features()[i];
                }
            }
            bias -= rate * gradBias / examples.size();
            for (int i = 0; i < dims; i++) {
                w[i] -= rate * (grad[i] / examples.size() + l2 * w[i]);
            }
        }
        return new Weights(bias, w);
    }
}
