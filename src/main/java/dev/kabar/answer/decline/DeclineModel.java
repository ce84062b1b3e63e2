package dev.kabar.answer.decline;

import java.util.Properties;

/**
 * A logistic regression over {@link DeclineEvidence}: the probability that the evidence does not
 * answer the question, and a decline above a threshold. Its weights are a small resource written by
 * the training tool ({@code DeclineTrainer}, see README "Evaluation").
 */
public final class DeclineModel implements DeclineJudge {

    static final String RESOURCE = "decline-model.properties";

    private final double bias;
    private final double[] weights;
    private final double threshold;

    DeclineModel(double bias, double[] weights, double threshold) {
        if (weights.length != DeclineEvidence.NAMES.size()) {
            throw new IllegalArgumentException("expected " + DeclineEvidence.NAMES.size() + " weights");
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    /** The model kabar ships with, read afresh from the classpath on each call: the composition root loads it once. */
    public static DeclineModel bundled() {
        LinearWeights w = LinearWeights.load(DeclineModel.class, RESOURCE, DeclineEvidence.NAMES);
        return new DeclineModel(w.bias(), w.weights(), w.number("threshold"));
    }

    /** A model that never declines. */
    public static DeclineModel never() {
        return new DeclineModel(0, new double[DeclineEvidence.NAMES.size()], 1.0);
    }

    /** Probability that the evidence does not answer the question. */
    double unanswerable(DeclineEvidence evidence) {
        return probability(bias, weights, evidence.features());
    }

    @Override
    public boolean declines(DeclineEvidence evidence) {
        return unanswerable(evidence) >= threshold;
    }

    double threshold() {
        return threshold;
    }

    static double probability(double bias, double[] weights, double[] features) {
        return 1 / (1 + Math.exp(-LinearWeights.linear(bias, weights, features)));
    }

    static DeclineModel parse(Properties p) {
        LinearWeights w = LinearWeights.parse(p, DeclineEvidence.NAMES, RESOURCE);
        return new DeclineModel(w.bias(), w.weights(), w.number("threshold"));
    }
}
