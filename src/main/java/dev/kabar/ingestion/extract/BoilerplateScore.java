package dev.kabar.ingestion.extract;

/**
 * How much a text block speaks for the element around it being the article: long, link-poor,
 * sentence-like text counts for it; link lists, labels and one-word blocks count against it, so the
 * element with the highest total is the article body with the least around it.
 */
final class BoilerplateScore {

    /** What a block must outweigh to count for its container at all: a label, a date, a "Share". */
    static final int SHORT_BLOCK_COST = 40;
    /** A block whose text is mostly links (a menu, a related list, a tag list). */
    static final double LINK_LIST = 0.5;

    private BoilerplateScore() {}

    static double of(TextBlock b) {
        int chars = b.text().length();
        if (b.linkDensity() > LINK_LIST) {
            return -chars;
        }
        double score = chars - 2.0 * b.linkChars() - SHORT_BLOCK_COST;
        if (b.kind() == TextBlock.Kind.PARAGRAPH && score > 0) {
            score *= 1.5; // <p> is what articles are written in; divs of loose text less often
        }
        return score;
    }
}
