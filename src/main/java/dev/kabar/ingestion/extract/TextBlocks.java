package dev.kabar.ingestion.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts the page into {@link TextBlock}s in reading order, the way a browser lays out blocks. */
final class TextBlocks implements NodeVisitor {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure",
            "address", "hr", "center", "body", "form", "fieldset", "details", "summary", "caption");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    private TextBlocks() {}

    static List<TextBlock> of(Element root) {
        TextBlocks visitor = new TextBlocks();
        visitor.open.push(root);
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return visitor.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                open.push(e);
            } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
                append(" ");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                open.pop();
            }
        }
    }

    private void append(String s) {
        int before = text.length();
        boolean space = before == 0 || text.charAt(before - 1) == ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else if (!isInvisible(c)) {
                text.append(c);
                space = false;
            }
        }
        if (linkDepth > 0) {
            linkChars += text.length() - before;
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c < 0x20 || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private void flush() {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            Element owner = open.peek();
            blocks.add(new TextBlock(owner, text.substring(start, end), Math.min(linkChars, end - start), kind(owner)));
        }
        text.setLength(0);
        linkChars = 0;
    }

    private static TextBlock.Kind kind(Element owner) {
        return switch (owner.normalName()) {
            case "p" -> TextBlock.Kind.PARAGRAPH;
            case "h1" -> TextBlock.Kind.TITLE;
            case "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dd", "dt" -> TextBlock.Kind.ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "pre" -> TextBlock.Kind.PRE;
            case "td", "th" -> TextBlock.Kind.CELL;
            default -> TextBlock.Kind.OTHER;
        };
    }
}
