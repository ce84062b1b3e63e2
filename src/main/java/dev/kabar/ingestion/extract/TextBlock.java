package dev.kabar.ingestion.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text that a browser would show as one block: a paragraph, a heading, a list item, the
 * text of a cell, or the loose text of a {@code div} between its child blocks.
 *
 * @param owner the innermost block element the text belongs to
 * @param text the text, whitespace normalised
 * @param linkChars how many of its characters are inside links
 * @param kind what the owner is
 */
record TextBlock(Element owner, String text, int linkChars, Kind kind) {

    enum Kind { PARAGRAPH, HEADING, TITLE, ITEM, QUOTE, PRE, CELL, OTHER }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Ends like a sentence: a full stop, question or exclamation mark, maybe inside a quote. */
    boolean endsSentence() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':') {
                return true;
            }
            if (c != '"' && c != '\u201D' && c != '\'' && c != '\u2019' && c != ')' && c != ' ') {
                return false;
            }
        }
        return false;
    }
}
