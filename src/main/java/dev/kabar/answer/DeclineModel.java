package dev.kabar.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * A logistic regression over {@link DeclineEvidence}: the probability that the evidence does not
 * answer the question, and a decline above a threshold. Its weights are a small resource written by
 * the training tool ({@code DeclineTrainer}, see README "Evaluation").
 */
final class DeclineModel implements DeclineJudge {

    static final String RESOURCE = "decline-model.properties";

    private static final DeclineModel BUNDLED = load();

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

    /** The model kabar ships with. */
    static DeclineModel bundled() {
        return BUNDLED;
    }

    /** A model that never declines. */
    static DeclineModel never() {
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
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static DeclineModel parse(Properties p) {
        List<String> names = DeclineEvidence.NAMES;
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = number(p, "weight." + names.get(i));
        }
        return new DeclineModel(number(p, "bias"), w, number(p, "threshold"));
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        return Double.parseDouble(value.trim());
    }

    private static DeclineModel load() {
        try (InputStream in = DeclineModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            return parse(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
