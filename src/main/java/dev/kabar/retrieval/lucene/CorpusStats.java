package dev.kabar.retrieval.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The collection figures a ranking needs besides the passages themselves: how many documents hold
 * a term, and how many documents there are. An embedded index reads them from its reader; a remote
 * engine's window of candidates ({@link RemoteRanking}) takes the whole cluster's.
 */
interface CorpusStats {

    int docFreq(String field, String term) throws IOException;

    /** Live documents in the collection, articles and passages. */
    int numDocs();

    static CorpusStats of(IndexReader reader) {
        return new CorpusStats() {
            @Override
            public int docFreq(String field, String term) throws IOException {
                return reader.docFreq(new Term(field, term));
            }

            @Override
            public int numDocs() {
                return reader.numDocs();
            }
        };
    }
}
