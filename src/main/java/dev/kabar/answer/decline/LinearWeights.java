package dev.kabar.answer.decline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * A small learned linear model as the training tools write it: a properties resource with
 * {@code bias}, one {@code weight.NAME} per feature name, and the model's own settings (a threshold,
 * a gate), read with {@link #number}.
 */
public record LinearWeights(double bias, double[] weights, Properties source, String resource) {

    public LinearWeights {
        weights = weights.clone();
    }

    /** The weights named {@code names}, in that order, from {@code properties}. */
    public static LinearWeights parse(Properties properties, List<String> names, String resource) {
        double[] w = new double[names.size()];
        LinearWeights read = new LinearWeights(0, w, properties, resource);
        for (int i = 0; i < w.length; i++) {
            w[i] = read.number("weight." + names.get(i));
        }
        return new LinearWeights(read.number("bias"), w, properties, resource);
    }

    /** The resource {@code name} beside {@code owner}'s class file. */
    public static LinearWeights load(Class<?> owner, String name, List<String> names) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(in);
            return parse(p, names, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double number(String key) {
        String value = source.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(resource + " lacks " + key);
        }
        return Double.parseDouble(value.trim());
    }

    /** {@code bias + weights · features}. */
    public static double linear(double bias, double[] weights, double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }
}
