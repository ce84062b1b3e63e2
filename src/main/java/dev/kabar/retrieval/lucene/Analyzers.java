package dev.kabar.retrieval.lucene;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The one place that decides how each field is analysed, shared by indexing and querying. */
final class Analyzers {

    private Analyzers() {}

    /** {@link Fields#TEXT} and {@link Fields#TITLE} stemmed by the default stemmer, {@link Fields#EXACT} unstemmed. */
    static Analyzer perField() {
        return perField(IndexStemmer.DEFAULT);
    }

    /** As {@link #perField()}, the stemmed fields stemmed by {@code stemmer}. */
    static PerField perField(IndexStemmer stemmer) {
        return new PerField(stemmer);
    }

    /** The stemmer of an analyzer made here; {@link IndexStemmer#LUCENE} for any other. */
    static IndexStemmer stemmerOf(Analyzer analyzer) {
        return analyzer instanceof PerField p ? p.stemmer : IndexStemmer.LUCENE;
    }

    /** {@link Fields#EXACT} unstemmed, every other field as {@link IndonesianAnalyzer} with the chosen stemmer. */
    static final class PerField extends DelegatingAnalyzerWrapper {
        private final IndexStemmer stemmer;
        private final Analyzer stemmed;
        private final Analyzer exact = new ExactAnalyzer();

        private PerField(IndexStemmer stemmer) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
            this.stemmed = stemmer == IndexStemmer.LUCENE ? new IndonesianAnalyzer() : new Stemmed(stemmer);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return Fields.EXACT.equals(fieldName) ? exact : stemmed;
        }
    }

    /** {@link IndonesianAnalyzer}'s chain — tokenizer, lower case, its stop words — with another stemmer. */
    private static final class Stemmed extends Analyzer {
        private final IndexStemmer stemmer;

        Stemmed(IndexStemmer stemmer) {
            this.stemmer = stemmer;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stopped = new StopFilter(new LowerCaseFilter(source), IndonesianAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(source, stemmer.filter(stopped));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
