package dev.kabar.ingestion.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the article body among a page's text blocks: the best container by {@link ContainerScores},
 * with the siblings and repeated chunks that hold article text too, then their blocks without link
 * lists, furniture labels, the headline, and the short lines at either end (dates, bylines, "Share").
 */
final class MainContent {

    /** An edge block shorter than this that does not end like a sentence is a label, not text. */
    private static final int EDGE_LABEL_CHARS = 60;

    /** A sibling of the best container joins it when it scores this share of the best's score. */
    private static final double SIBLING_SHARE = 0.2;
    private static final double SIBLING_MIN = 10;
    private static final int CHUNK_LEVELS = 4;

    private final PageRules rules;

    MainContent(PageRules rules) {
        this.rules = rules;
    }

    List<String> paragraphs(Element root, String title) {
        List<TextBlock> blocks = TextBlocks.of(root);
        List<Element> chosen = chosen(blocks);
        List<TextBlock> inside = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (isInsideAny(b.owner(), chosen) && keep(b, title)) {
                inside.add(b);
            }
        }
        trimEdges(inside);
        List<String> out = new ArrayList<>(inside.size());
        inside.forEach(b -> out.add(b.text()));
        return out;
    }

    /** The best container and those of its siblings that hold article text too. */
    private static List<Element> chosen(List<TextBlock> blocks) {
        ContainerScores scores = ContainerScores.of(blocks);
        Optional<Element> found = scores.best();
        if (found.isEmpty()) {
            return List.of(); // no block of prose at all: a menu, a gallery, a video page
        }
        Element best = found.get();
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(SIBLING_MIN, scores.score(best) * SIBLING_SHARE);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || scores.score(sibling) >= threshold) {
                out.add(sibling);
            }
        }
        out.addAll(repeatedChunks(best, scores));
        return out;
    }

    /**
     * Bodies cut into chunks by ads or embeds repeat the chunk's markup: an ancestor of the best
     * container (a few levels up) whose siblings have its tag and class and hold prose too.
     */
    private static List<Element> repeatedChunks(Element best, ContainerScores scores) {
        List<Element> out = new ArrayList<>();
        double min = Math.max(SIBLING_MIN, scores.prose(best) * SIBLING_SHARE);
        Element a = best;
        for (int level = 0; level < CHUNK_LEVELS && a.parent() != null; level++, a = a.parent()) {
            if (a.className().isEmpty()) {
                continue;
            }
            for (Element sibling : a.parent().children()) {
                if (sibling != a && sibling.normalName().equals(a.normalName()) && sibling.className().equals(a.className())
                        && scores.prose(sibling) >= min) {
                    out.add(sibling);
                }
            }
            if (!out.isEmpty()) {
                out.add(a);
                return out;
            }
        }
        return out;
    }

    private static boolean isInsideAny(Element e, List<Element> containers) {
        for (Element c : containers) {
            if (isInside(e, c)) {
                return true;
            }
        }
        return false;
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
