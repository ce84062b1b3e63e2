package dev.kabar.retrieval.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * An article headline analysed once for all of its passages: each passage document repeats it in
 * {@link Fields#TITLE}, and analysing it again per passage was wasted work. {@link #stream()} replays
 * the same terms and position increments the analyser gave, so the index is as if each copy had
 * been analysed.
 */
final class TitleTokens {

    private final String[] terms;
    private final int[] increments;

    private TitleTokens(String[] terms, int[] increments) {
        this.terms = terms;
        this.increments = increments;
    }

    static TitleTokens analyse(Analyzer analyzer, String title) {
        List<String> terms = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TITLE, title)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                increments.add(inc.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return new TitleTokens(terms.toArray(String[]::new), increments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A fresh stream of the analysed terms, for one passage document. */
    TokenStream stream() {
        return stream(terms.length);
    }

    /** The first {@code n} terms only. */
    TokenStream head(int n) {
        return stream(Math.min(n, terms.length));
    }

    private TokenStream stream(int count) {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next == count) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[next]);
                inc.setPositionIncrement(increments[next]);
                next++;
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
