package dev.kabar.retrieval.lucene;

import dev.kabar.text.StopWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The content words of a question, in order, each in its {@link Fields#EXACT} form and its
 * {@link Fields#TEXT} (stemmed) form. Question and function words — kabar's {@link StopWords} and
 * the Indonesian analyzer's stop set — are dropped, as are tokens without a letter or digit.
 */
final class QuestionWords {

    /** A content word: unstemmed folded form and Indonesian stem. */
    record Word(String exact, String stem) {}

    private static final CharArraySet INDONESIAN_STOP = IndonesianAnalyzer.getDefaultStopSet();

    private QuestionWords() {}

    /**
     * Content words of already {@link QueryText#clean cleaned} text, repeats included, up to the
     * point where {@code maxDistinct} different words have been seen.
     */
    static List<Word> of(String text, Analyzer analyzer, int maxDistinct) {
        Map<Integer, String> stems = new HashMap<>();
        analyze(analyzer, Fields.TEXT, text, (term, start) -> stems.put(start, term));
        List<Word> words = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        analyze(analyzer, Fields.EXACT, text, (term, start) -> {
            String stem = stems.get(start);
            if (stem != null && isContent(term) && (distinct.contains(term) || distinct.size() < maxDistinct)) {
                distinct.add(term);
                words.add(new Word(term, stem));
            }
        });
        return words;
    }

    private static boolean isContent(String term) {
        return term.codePoints().anyMatch(Character::isLetterOrDigit)
                && !StopWords.contains(term)
                && !INDONESIAN_STOP.contains(term);
    }

    interface TermSink {
        void accept(String term, int startOffset);
    }

    static void analyze(Analyzer analyzer, String field, String text, TermSink sink) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a string in memory", e); // StringReader never fails
        }
    }
}
