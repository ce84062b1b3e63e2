package dev.kabar.retrieval.lucene;

import dev.kabar.eval.Datasets;
import dev.kabar.eval.QaDataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;

/**
 * Not a unit test: how fast each {@link IndexStemmer} analyses a dataset's paragraphs for the
 * stemmed {@link Fields#TEXT} field — the part of indexing (and of analysing a question) that the
 * stemmer changes — in one JVM, the stemmers interleaved over several rounds so that a busy machine
 * slows them alike. Run from the project root:
 * {@code java -cp target/kabar.jar:target/test-classes dev.kabar.retrieval.lucene.StemmerSpeed DATASET [ROUNDS]}.
 */
public final class StemmerSpeed {

    private StemmerSpeed() {}

    public static void main(String[] args) {
        QaDataset data = Datasets.read(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> texts = data.contexts();
        long[] best = new long[IndexStemmer.values().length];
        long tokens = 0;
        for (int r = 0; r <= rounds; r++) { // round 0 warms up and is not counted
            for (IndexStemmer stemmer : IndexStemmer.values()) {
                Analyzer analyzer = Analyzers.perField(stemmer);
                long[] count = {0};
                long t0 = System.nanoTime();
                for (String text : texts) {
                    QuestionWords.analyze(analyzer, Fields.TEXT, text, (term, start) -> count[0]++);
                }
                long elapsed = System.nanoTime() - t0;
                if (r > 0) {
                    int i = stemmer.ordinal();
                    best[i] = best[i] == 0 ? elapsed : Math.min(best[i], elapsed);
                }
                tokens = count[0];
            }
        }
        System.out.printf(Locale.ROOT, "%d paragraphs, %d stemmed tokens; best of %d rounds:%n", texts.size(), tokens,
                rounds);
        for (IndexStemmer stemmer : IndexStemmer.values()) {
            double ms = best[stemmer.ordinal()] / 1e6;
            System.out.printf(Locale.ROOT, "%-9s %8.0f ms  %6.2f M tokens/s%n", stemmer.key(), ms, tokens / ms / 1000);
        }
    }
}
