package dev.kabar.ingestion.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Scores the elements that could hold the article: each prose block's {@link BoilerplateScore} goes
 * in full to the element holding it and its parent, and less to each ancestor further up, so the
 * element directly around the paragraphs wins over the page wrapper that also holds teasers and
 * comments. An element's score is then discounted by the share of its text that is links.
 */
final class ContainerScores {

    private static final int MAX_LEVELS = 6;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, int[]> chars = new IdentityHashMap<>();

    private ContainerScores() {}

    static ContainerScores of(List<TextBlock> blocks) {
        ContainerScores s = new ContainerScores();
        for (TextBlock b : blocks) {
            s.add(b);
        }
        return s;
    }

    private void add(TextBlock b) {
        for (Element e = b.owner(); e != null; e = e.parent()) {
            int[] c = chars.computeIfAbsent(e, k -> new int[2]);
            c[0] += b.text().length();
            c[1] += b.linkChars();
        }
        double score = BoilerplateScore.of(b);
        if (score <= 0) {
            return;
        }
        Element start = b.kind() == TextBlock.Kind.OTHER ? b.owner() : b.owner().parent();
        int level = 0;
        for (Element e = start; e != null && level < MAX_LEVELS; e = e.parent(), level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(e, score / divider, Double::sum);
        }
    }

    double score(Element e) {
        Double s = scores.get(e);
        if (s == null) {
            return 0;
        }
        int[] c = chars.get(e);
        double linkDensity = c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
        return s * (1 - linkDensity);
    }

    Optional<Element> best() {
        Element best = null;
        double bestScore = 0;
        for (Element e : scores.keySet()) {
            double s = score(e);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
