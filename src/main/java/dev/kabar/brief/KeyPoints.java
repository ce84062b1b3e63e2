package dev.kabar.brief;

import dev.kabar.text.BackReference;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The main facts: the most salient whole sentences, near-duplicates across outlets merged into one
 * point that cites every outlet reporting it. A fact many outlets report outranks a fact one does.
 */
final class KeyPoints {

    static final int MAX_POINTS = 6;
    private static final int CANDIDATES = 200;
    private static final double SAME_FACT = 0.42;
    /**
     * Openers that lean on the sentence before ("Hal ini merujuk pada ...", "Dia meminta ...", a
     * contrast): out of their article, a reader cannot tell what they are about.
     */
    private static final Pattern LEANS_BACK = Pattern.compile("(?i)^(?:" + BackReference.openers()
            + "|namun|tetapi|selain\\s+itu|sementara\\s+itu|but)\\b");

    private KeyPoints() {}

    static List<Cluster> pick(List<SourceSentence> sentences, Salience salience) {
        List<SourceSentence> ranked = sentences.stream()
                .filter(s -> s.prose() && salience.onTopic(s) && !opensWithQuote(s)
                        && !LEANS_BACK.matcher(s.text()).find() && s.tokens().size() <= 60)
                .sorted(Comparator.comparingDouble((SourceSentence s) -> -salience.of(s)))
                .limit(CANDIDATES)
                .toList();
        List<Cluster> clusters = Cluster.group(ranked, (a, b) -> Cluster.nearDuplicates(a, b, SAME_FACT));
        return clusters.stream()
                .sorted(Comparator.comparingDouble((Cluster c) -> -(salience.of(c.lead()) + 0.6 * (c.sources() - 1))))
                .limit(MAX_POINTS)
                .toList();
    }

    /** Quotations belong under "who said what", not among the facts. */
    private static boolean opensWithQuote(SourceSentence s) {
        char c = s.text().charAt(0);
        return c == '“' || c == '"' || c == '‘';
    }
}
