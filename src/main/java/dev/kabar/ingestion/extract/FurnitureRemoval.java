package dev.kabar.ingestion.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never article text before the body is looked for: scripts and styles, forms'
 * controls, navigation and asides, hidden elements, captions, and elements whose class or id names
 * them as furniture (share bars, related lists, comments, ads, newsletter boxes). An element that
 * holds the page's marked-up article body ({@code <article>}, {@code itemprop="articleBody"}) is
 * never removed for its name.
 */
final class FurnitureRemoval {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
            "audio", "map", "button", "input", "select", "textarea", "option", "nav", "aside", "dialog", "menu",
            "figcaption", "link", "meta", "head", "footer");
    private static final Set<String> NEVER_BY_NAME = Set.of("html", "body", "article", "main");
    private static final Set<String> HIDING_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "dialog", "alertdialog", "banner", "contentinfo");

    /**
     * An element holding more than this share of the page's paragraph text is not furniture, whatever
     * its name says: sites wrap the article in "content-with-sidebar" and "has-comments" boxes.
     */
    private static final double MOST_TEXT = 0.5;

    /** A block this long is prose rather than a label. */
    private static final int PROSE_CHARS = 80;

    private static final Evaluator ARTICLE = QueryParser.parse("article, [itemprop=articleBody], main");

    private final PageRules rules;

    FurnitureRemoval(PageRules rules) {
        this.rules = rules;
    }

    void apply(Element root) {
        Map<Element, Integer> paragraphChars = proseChars(root);
        int total = paragraphChars.getOrDefault(root, 0);
        List<Element> doomed = new ArrayList<>();
        Map<String, Boolean> byName = new HashMap<>(); // pages repeat a few hundred class names thousands of times
        for (Element e : root.getAllElements()) {
            if (e != root && isFurniture(e, byName) && !holdsMostProse(e, paragraphChars.getOrDefault(e, 0), total)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove(); // removing an ancestor first leaves its descendants detached: harmless
        }
    }

    /** The characters of prose (blocks of sentences, not link lists) under each element. */
    private static Map<Element, Integer> proseChars(Element root) {
        Map<Element, Integer> chars = new IdentityHashMap<>();
        for (TextBlock b : TextBlocks.of(root)) {
            if (b.text().length() >= PROSE_CHARS && b.linkDensity() < BoilerplateScore.LINK_LIST) {
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    chars.merge(e, b.text().length(), Integer::sum);
                }
            }
        }
        return chars;
    }

    private boolean isFurniture(Element e, Map<String, Boolean> byName) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag) || isHidden(e)) {
            return true;
        }
        if (HIDING_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return !holdsArticle(e);
        }
        if (NEVER_BY_NAME.contains(tag) || "articleBody".equals(e.attr("itemprop"))) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        return byName.computeIfAbsent(names, rules::isFurnitureName) && !holdsArticle(e);
    }

    /**
     * Most of the page's prose under a furniture name: a wrapper like "content-with-sidebar", unless
     * it is named as readers' comments and does not hold the headline.
     */
    private boolean holdsMostProse(Element e, int prose, int total) {
        if (prose <= total * MOST_TEXT) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !rules.isDiscussionName(names) || e.getElementsByTag("h1").size() > 0;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean holdsArticle(Element e) {
        return e.selectFirst(ARTICLE) != null;
    }
}
