package dev.kabar.ingestion.extract;

import java.util.Comparator;
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
    private static final int TOP_CANDIDATES = 5;
    /** Candidates within this share of the best's score may unite under their common ancestor. */
    private static final double CLOSE_SHARE = 0.75;
    private static final int MIN_SHARING = 3;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, int[]> chars = new IdentityHashMap<>();
    private final Map<Element, Double> prose = new IdentityHashMap<>();

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
        for (Element e = b.owner(); e != null; e = e.parent()) {
            prose.merge(e, score, Double::sum);
        }
        Element start = b.kind() == TextBlock.Kind.OTHER ? b.owner() : b.owner().parent();
        int level = 0;
        for (Element e = start; e != null && level < MAX_LEVELS; e = e.parent(), level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(e, score / divider, Double::sum);
        }
    }

    /** The undiscounted score of all prose under {@code e}. */
    double prose(Element e) {
        return prose.getOrDefault(e, 0.0);
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

    /**
     * The best-scoring element, moved up to the element that unites the article when the text is
     * spread over several: the common ancestor of three of the five best when they score close to the
     * best, a parent scoring higher than its child, and the parent of an only child.
     */
    Optional<Element> best() {
        List<Element> top = scores.keySet().stream()
                .filter(e -> score(e) > 0)
                .sorted(Comparator.comparingDouble(this::score).reversed())
                .limit(TOP_CANDIDATES)
                .toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Element best = top.getFirst();
        best = commonAncestor(best, top);
        best = risingParent(best);
        while (best.parent() != null && best.parent().childrenSize() == 1 && !best.parent().normalName().equals("body")) {
            best = best.parent();
        }
        return Optional.of(best);
    }

    private Element commonAncestor(Element best, List<Element> top) {
        double bestScore = score(best);
        List<Element> close = top.stream().skip(1).filter(e -> score(e) >= bestScore * CLOSE_SHARE).toList();
        if (close.size() < MIN_SHARING - 1) {
            return best;
        }
        for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            int sharing = 0;
            for (Element e : close) {
                if (isAncestor(p, e)) {
                    sharing++;
                }
            }
            if (sharing >= MIN_SHARING - 1) {
                return p;
            }
        }
        return best;
    }

    private Element risingParent(Element best) {
        double last = score(best);
        double threshold = last / 3;
        for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            double s = scores.containsKey(p) ? score(p) : -1;
            if (s < 0) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                return p;
            }
            last = s;
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
