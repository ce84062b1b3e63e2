package dev.kabar.answer.extractive;

import dev.kabar.answer.decline.LinearWeights;
import dev.kabar.answer.extractive.SentenceScorer.Scored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Orders the sentences read by a small learned linear model over {@link SentenceFeatures}: the
 * higher its value, the likelier the sentence holds the answer. Its weights are a resource written by
 * the training tool ({@code SentenceTrainer}, see README "Evaluation"). {@link #handWeighted()} orders
 * by the hand-weighted {@link SentenceScorer} score instead.
 */
public final class SentenceChooser {

    static final String RESOURCE = "sentence-model.properties";

    /** The observer of {@link #rank(SentenceFeatures, int, Consumer)} when nobody looks. */
    static final Consumer<Observation> UNOBSERVED = o -> {};

    /** The sentences that could be an answer's best one, with their texts and features. */
    record Observation(String question, List<String> texts, List<double[]> features) {}

    private final double bias;
    private final double[] weights;
    private final double gate;

    SentenceChooser(double bias, double[] weights, double gate) {
        if (weights != null && weights.length != SentenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + SentenceFeatures.NAMES.size() + " weights");
        }
        this.bias = bias;
        this.weights = weights == null ? null : weights.clone();
        this.gate = gate;
    }

    /** The model kabar ships with, read afresh from the classpath on each call: the composition root loads it once. */
    public static SentenceChooser bundled() {
        LinearWeights w = LinearWeights.load(SentenceChooser.class, RESOURCE, SentenceFeatures.NAMES);
        return new SentenceChooser(w.bias(), w.weights(), w.number("gate"));
    }

    /** Orders by the hand-weighted score. */
    public static SentenceChooser handWeighted() {
        return new SentenceChooser(0, null, 0);
    }

    /** The sentences fit to answer (long enough, holding a key term), best first. */
    List<Scored> rank(SentenceFeatures features, int minSentenceChars) {
        return rank(features, minSentenceChars, UNOBSERVED);
    }

    /** As {@link #rank(SentenceFeatures, int)}, showing {@code sink} the features of the sentences ranked. */
    List<Scored> rank(SentenceFeatures features, int minSentenceChars, Consumer<Observation> sink) {
        List<Integer> eligible = eligible(features, minSentenceChars);
        boolean observed = sink != UNOBSERVED;
        boolean learned = orders(features, eligible);
        List<double[]> rows = learned || observed ? eligible.stream().map(features::of).toList() : List.of();
        if (observed && !eligible.isEmpty()) {
            List<String> texts = eligible.stream().map(i -> features.scored(i).candidate().text()).toList();
            sink.accept(new Observation(features.question().question(), texts, rows));
        }
        List<Integer> order = new ArrayList<>(eligible.size());
        for (int k = 0; k < eligible.size(); k++) {
            order.add(k);
        }
        Comparator<Integer> by = learned
                ? Comparator.comparingDouble(k -> value(rows.get(k)))
                : Comparator.comparingDouble(k -> features.scored(eligible.get(k)).score());
        order.sort(by.reversed());
        return order.stream().map(k -> features.scored(eligible.get(k))).toList();
    }

    /**
     * Whether the learned model orders these sentences: where a sentence fit to quote holds the
     * gated share of the question, the match is trusted and the hand-weighted order stands; the
     * model orders only the paraphrased rest.
     */
    boolean orders(SentenceFeatures features, int minSentenceChars) {
        return orders(features, eligible(features, minSentenceChars));
    }

    private boolean orders(SentenceFeatures features, List<Integer> eligible) {
        return weights != null && eligible.stream().mapToDouble(i -> features.scored(i).coverage()).max()
                .orElse(0) < gate;
    }

    /** Indexes of the sentences fit to answer: long enough, a clause, holding a key term. */
    private static List<Integer> eligible(SentenceFeatures features, int minSentenceChars) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < features.all().size(); i++) {
            Scored s = features.scored(i);
            if (s.candidate().standsAlone(minSentenceChars) && !s.strengths().isEmpty()) {
                eligible.add(i);
            }
        }
        return eligible;
    }

    /** Whether this chooser is the learned model (not the hand-weighted order). */
    boolean learned() {
        return weights != null;
    }

    /** The model's value of a sentence: higher is likelier to hold the answer. */
    double value(double[] features) {
        return LinearWeights.linear(bias, weights, features);
    }

    static SentenceChooser parse(Properties p) {
        LinearWeights w = LinearWeights.parse(p, SentenceFeatures.NAMES, RESOURCE);
        return new SentenceChooser(w.bias(), w.weights(), w.number("gate"));
    }
}
