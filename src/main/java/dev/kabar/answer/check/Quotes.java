package dev.kabar.answer.check;

import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Picks the sentence of a passage that shares the most content words with what it supports. */
final class Quotes {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private Quotes() {}

    static String closest(String passage, List<String> claims) {
        Set<String> wanted = new HashSet<>();
        claims.forEach(c -> Terms.tokens(c).stream().filter(t -> !StopWords.contains(t)).forEach(wanted::add));
        String best = passage;
        long bestShared = -1;
        for (String sentence : SPLITTER.sentences(passage)) {
            long shared = Terms.tokens(sentence).stream().distinct().filter(wanted::contains).count();
            if (shared > bestShared) {
                best = sentence;
                bestShared = shared;
            }
        }
        return best;
    }
}
