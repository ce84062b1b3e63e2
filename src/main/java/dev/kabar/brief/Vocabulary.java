package dev.kabar.brief;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content terms of a text in one canonical form, so that sentences from different outlets can
 * be compared: alias variants become their group's first form ({@code Netherlands} and {@code
 * Holland} both read as {@code belanda}), other words their stem, stop words dropped.
 */
final class Vocabulary {

    /** Stemming is the costliest step of reading a sentence; words repeat, so stems are remembered. */
    private static final int MAX_REMEMBERED = 100_000;

    private final AliasTable aliases;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    Vocabulary(AliasTable aliases) {
        this.aliases = aliases;
    }

    Set<String> terms(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        boolean[] covered = new boolean[tokens.size()];
        for (AliasTable.Match m : aliases.find(tokens)) {
            List<String> phrase = tokens.subList(m.firstToken(), m.endToken()).stream().map(Token::folded).toList();
            out.add(String.join(" ", aliases.variantsOf(phrase).getFirst()));
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).folded();
            if (!covered[i] && !StopWords.contains(w) && (w.length() > 2 || Terms.isNumber(w))) {
                out.add(Terms.isNumber(w) ? w : stem(w));
            }
        }
        return out;
    }

    private String stem(String folded) {
        String known = stems.get(folded);
        if (known != null) {
            return known;
        }
        String stem = IndonesianStemmer.stem(folded);
        if (stems.size() < MAX_REMEMBERED) {
            stems.put(folded, stem);
        }
        return stem;
    }

    Set<String> terms(String text) {
        return terms(Terms.scan(text));
    }

    /**
     * A topic's terms: its canonical terms plus the stem of each content word inside a multi-word
     * alias, so "perjanjian dagang" also finds sentences on a "perjanjian kerja sama dagang".
     */
    Set<String> topicTerms(String topic) {
        Set<String> out = terms(topic);
        for (String w : Terms.tokens(topic)) {
            if (!StopWords.contains(w) && w.length() > 2) {
                out.add(Terms.isNumber(w) ? w : IndonesianStemmer.stem(w));
            }
        }
        return out;
    }

    /** Dice overlap of two term sets, 0 to 1. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }
}
