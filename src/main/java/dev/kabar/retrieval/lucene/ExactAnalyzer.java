package dev.kabar.retrieval.lucene;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as written, only lower-cased and with accents folded ({@code Pétain} = {@code petain}),
 * without stemming, for the {@link Fields#EXACT} field; only the most frequent {@link #GRAMMATICAL}
 * words are dropped.
 */
final class ExactAnalyzer extends Analyzer {

    /**
     * Grammatical words — particles, conjunctions, prepositions, demonstratives, auxiliaries — from
     * the Indonesian stop list: about 18% of the words of news text. No question word and no alias
     * variant is one of them alone, so indexing them would only cost time. The rest of the stop list
     * stays, for alias variants the stemmed field erases ({@code sama | equally}).
     */
    static final CharArraySet GRAMMATICAL = grammatical();

    private static CharArraySet grammatical() {
        List<String> words = List.of("yang", "dan", "di", "ke", "dari", "dengan", "ini", "itu", "pada", "dalam",
                "akan", "juga", "oleh", "adalah", "ialah", "merupakan", "karena", "bahwa", "atau", "serta",
                "tersebut", "para", "telah", "sudah", "sedang", "masih", "agar", "supaya", "bagi", "kepada",
                "hingga", "namun", "tetapi", "tapi", "sebagai", "pun", "maupun", "yaitu", "yakni", "bila", "jika",
                "kalau", "ketika", "saat");
        CharArraySet stop = IndonesianAnalyzer.getDefaultStopSet();
        if (!words.stream().allMatch(stop::contains)) {
            throw new IllegalStateException("a grammatical word outside the Indonesian stop list");
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), GRAMMATICAL);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
