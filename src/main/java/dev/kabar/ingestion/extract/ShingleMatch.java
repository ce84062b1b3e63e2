package dev.kabar.ingestion.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's per-page score: the text's tokens are its Unicode {@code \w+}
 * runs, its 4-token shingles are counted with multiplicity against the true body's, and the matched
 * (tp), extra (fp) and missed (fn) counts are each divided by their sum. A text of fewer than four
 * tokens is one shingle.
 *
 * @param tp the share of shingles in both
 * @param fp the share only in the extracted text
 * @param fn the share only in the true body
 */
public record ShingleMatch(double tp, double fp, double fn) {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    public static ShingleMatch of(String truth, String extracted) {
        Map<String, Integer> expected = shingles(truth);
        Map<String, Integer> got = shingles(extracted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            int want = expected.getOrDefault(e.getKey(), 0);
            tp += Math.min(want, e.getValue());
            fp += Math.max(0, e.getValue() - want);
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleMatch(0, 0, 0) : new ShingleMatch(tp / sum, fp / sum, fn / sum);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                out.merge(shingle, 1, Integer::sum);
            }
        }
        return out;
    }

    /** Precision of this page, defined when something was extracted or expected to be. */
    boolean hasPrecision() {
        return tp + fp > 0;
    }

    boolean hasRecall() {
        return tp + fn > 0;
    }

    double precision() {
        return tp / (tp + fp);
    }

    double recall() {
        return tp / (tp + fn);
    }
}
