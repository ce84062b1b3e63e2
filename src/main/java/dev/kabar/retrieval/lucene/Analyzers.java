package dev.kabar.retrieval.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The one place that decides how each field is analysed, shared by indexing and querying. */
final class Analyzers {

    private Analyzers() {}

    /** {@link Fields#TEXT} and {@link Fields#TITLE} Indonesian-stemmed, {@link Fields#EXACT} unstemmed. */
    static Analyzer perField() {
        Analyzer indonesian = new IndonesianAnalyzer();
        return new PerFieldAnalyzerWrapper(indonesian, Map.of(Fields.EXACT, new ExactAnalyzer()));
    }
}
