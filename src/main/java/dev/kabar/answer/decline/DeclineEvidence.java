package dev.kabar.answer.decline;

import java.util.List;

/**
 * What the evidence of a would-be answer says about whether it answers the question: generic
 * checks of the chosen sentences and their passage against the question's key terms, computed once
 * per answer in microseconds (by the extractive composer). {@link DeclineModel} weighs them into a
 * decline.
 *
 * @param features values in {@link #NAMES} order, each roughly within [0, 1]
 */
public record DeclineEvidence(double[] features) {

    /** Feature names, in order; the model resource names its weights the same way. */
    public static final List<String> NAMES = List.of(
            "passageCoverage", "passageContentCoverage", "answerCoverage", "answerContentCoverage",
            "bestSentenceCoverage", "bestSentenceContentCoverage", "namesInBestSentence",
            "numberContradicted", "rarestMissingTerm", "citesTopHit",
            "runnerUpScoreRatio", "bestSentenceScore", "questionHasNames", "manyTerms", "negatedQuestion");

    public DeclineEvidence {
        if (features.length != NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " features, got " + features.length);
        }
        features = features.clone();
    }

    @Override
    public double[] features() {
        return features.clone();
    }

    /** The value of the feature {@code name}. */
    public double get(String name) {
        return features[NAMES.indexOf(name)];
    }
}
