package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ExactAnalyzerTest {

    @Test
    void should_keep_words_as_written_without_the_grammatical_ones() throws Exception {
        assertThat(terms(new ExactAnalyzer(), "Rumah-rumah yang SAMA itu dibangun di Pétain"))
                .containsExactly("rumah", "rumah", "sama", "dibangun", "petain");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.EXACT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
