package dev.kabar.eval;

import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import java.util.HashSet;
import java.util.Set;

/**
 * The baseline's answer: the sentence of a passage sharing the most distinct question content words
 * (folded tokens, stop words and question words left out); the first such sentence on a tie.
 */
final class BestSentence {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private BestSentence() {}

    static String of(String question, String passage) {
        Set<String> wanted = new HashSet<>();
        for (String t : Terms.tokens(question)) {
            if (!StopWords.contains(t)) {
                wanted.add(t);
            }
        }
        String best = passage;
        int bestOverlap = -1;
        for (String sentence : SPLITTER.sentences(passage)) {
            Set<String> words = new HashSet<>(Terms.tokens(sentence));
            words.retainAll(wanted);
            if (words.size() > bestOverlap) {
                best = sentence;
                bestOverlap = words.size();
            }
        }
        return best;
    }
}
