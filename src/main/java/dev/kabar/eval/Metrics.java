package dev.kabar.eval;

import dev.kabar.text.Terms;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Per-question scores. Answer text is compared after SQuAD-style normalisation: lower-case, accents
 * folded, punctuation removed, whitespace collapsed (no English article removal: the data is
 * Indonesian). Numeric reference markers ({@code [1]}, Wikipedia's {@code gadis,[3][4]}) are removed
 * first, so they neither glue onto the word before them nor count as answer tokens. Scores against
 * several gold answers take the best.
 */
public final class Metrics {

    private static final Pattern MARKERS = Pattern.compile("\\[\\d{1,3}\\]");

    private Metrics() {}

    public static String normalize(String text) {
        String folded = Terms.fold(MARKERS.matcher(text).replaceAll(" "));
        StringBuilder sb = new StringBuilder(folded.length());
        boolean space = true; // drops leading whitespace and collapses runs
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
                space = false;
            }
            // anything else is punctuation or a symbol: removed, as in the SQuAD script
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString();
    }

    /** 1 when the normalised prediction equals some normalised gold answer. */
    public static double exactMatch(String prediction, List<String> golds) {
        String p = normalize(prediction);
        return golds.stream().anyMatch(g -> normalize(g).equals(p)) ? 1 : 0;
    }

    /** SQuAD token F1 of the prediction against the best-matching gold answer. */
    public static double f1(String prediction, List<String> golds) {
        double best = 0;
        for (String gold : golds) {
            best = Math.max(best, f1(tokens(prediction), tokens(gold)));
        }
        return best;
    }

    /** Whether some normalised gold answer occurs in the normalised text, on word boundaries. */
    public static boolean containsAny(String text, List<String> golds) {
        String haystack = " " + normalize(text) + " ";
        for (String gold : golds) {
            String needle = normalize(gold);
            if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
                return true;
            }
        }
        return false;
    }

    /** 1-based rank of the first hit from {@code goldArticle} in a ranking of article ids, or 0 when absent. */
    public static int rankOf(List<String> rankedArticleIds, String goldArticle) {
        int i = rankedArticleIds.indexOf(goldArticle);
        return i < 0 ? 0 : i + 1;
    }

    private static List<String> tokens(String text) {
        String n = normalize(text);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    private static double f1(List<String> predicted, List<String> gold) {
        if (predicted.isEmpty() || gold.isEmpty()) {
            return predicted.equals(gold) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        gold.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : predicted) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                common++;
                counts.put(t, left - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / predicted.size();
        double recall = (double) common / gold.size();
        return 2 * precision * recall / (precision + recall);
    }
}
