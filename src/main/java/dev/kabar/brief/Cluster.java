package dev.kabar.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Sentences that say the same thing, the first (best ranked) one standing for all. One sentence per
 * article: a second sentence from an article already in the cluster adds no source.
 */
final class Cluster {

    private final List<SourceSentence> members = new ArrayList<>();

    private Cluster(SourceSentence first) {
        members.add(first);
    }

    SourceSentence lead() {
        return members.getFirst();
    }

    List<SourceSentence> members() {
        return List.copyOf(members);
    }

    /** How many articles report it. */
    int sources() {
        return members.size();
    }

    /**
     * Groups {@code ranked} (best first) greedily: each sentence joins the first cluster whose lead
     * it matches, or starts a new one.
     */
    static List<Cluster> group(List<SourceSentence> ranked, BiPredicate<SourceSentence, SourceSentence> same) {
        List<Cluster> clusters = new ArrayList<>();
        for (SourceSentence s : ranked) {
            Cluster home = null;
            for (Cluster c : clusters) {
                if (same.test(c.lead(), s)) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                clusters.add(new Cluster(s));
            } else if (home.members.stream().noneMatch(m -> m.articleId().equals(s.articleId()))) {
                home.members.add(s);
            }
        }
        return clusters;
    }

    /** Near-duplicates: most content terms shared, and at least four of them. */
    static boolean nearDuplicates(SourceSentence a, SourceSentence b, double threshold) {
        if (Vocabulary.overlap(a.terms(), b.terms()) < threshold) {
            return false;
        }
        return a.terms().stream().filter(b.terms()::contains).limit(4).count() >= 4;
    }
}
