package dev.kabar.retrieval.lucene;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces each term by a function of it: a stemmer written outside Lucene, as a token filter. */
final class TermMapFilter extends TokenFilter {

    private final UnaryOperator<String> map;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    TermMapFilter(TokenStream in, UnaryOperator<String> map) {
        super(in);
        this.map = map;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String mapped = map.apply(term.toString());
            if (!mapped.isEmpty()) {
                term.setEmpty().append(mapped);
            }
        }
        return true;
    }
}
