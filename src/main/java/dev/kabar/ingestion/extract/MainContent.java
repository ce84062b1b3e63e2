package dev.kabar.ingestion.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the article body among a page's text blocks: the element whose blocks add up to the highest
 * {@link BoilerplateScore} (the deepest one on a tie), then its blocks without link lists, labels,
 * the headline, and the short lines at either end (dates, bylines, "Share").
 */
final class MainContent {

    /** An edge block shorter than this that does not end like a sentence is a label, not text. */
    private static final int EDGE_LABEL_CHARS = 60;

    private final PageRules rules;

    MainContent(PageRules rules) {
        this.rules = rules;
    }

    List<String> paragraphs(Element root, String title) {
        List<TextBlock> blocks = TextBlocks.of(root);
        Element body = bestContainer(blocks, root);
        List<TextBlock> inside = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (isInside(b.owner(), body) && keep(b, title)) {
                inside.add(b);
            }
        }
        trimEdges(inside);
        List<String> out = new ArrayList<>(inside.size());
        inside.forEach(b -> out.add(b.text()));
        return out;
    }

    private static Element bestContainer(List<TextBlock> blocks, Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> depths = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            double s = BoilerplateScore.of(b);
            int depth = 0;
            for (Element e = b.owner(); e != null; e = e.parent()) {
                scores.merge(e, s, Double::sum);
                depth++;
            }
            depths.putIfAbsent(b.owner(), depth);
        }
        Element best = root;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestDepth = -1;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue();
            int depth = depth(e.getKey());
            if (s > bestScore + 1e-9 || Math.abs(s - bestScore) <= 1e-9 && depth > bestDepth) {
                best = e.getKey();
                bestScore = s;
                bestDepth = depth;
            }
        }
        return best;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            d++;
        }
        return d;
    }

    private static boolean isInside(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    private boolean keep(TextBlock b, String title) {
        if (b.kind() == TextBlock.Kind.TITLE || b.text().equalsIgnoreCase(title)) {
            return false;
        }
        if (b.linkDensity() > BoilerplateScore.LINK_LIST) {
            return false;
        }
        return !rules.isFurnitureText(b.text());
    }

    private static void trimEdges(List<TextBlock> blocks) {
        while (!blocks.isEmpty() && isLabel(blocks.getFirst())) {
            blocks.removeFirst();
        }
        while (!blocks.isEmpty() && isLabel(blocks.getLast())) {
            blocks.removeLast();
        }
    }

    private static boolean isLabel(TextBlock b) {
        return b.text().length() < EDGE_LABEL_CHARS && !b.endsSentence();
    }
}
