package dev.kabar.answer.check;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.NameWords;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a sentence — numbers and dates, names (capitalised words not at the start,
 * alias-aware so "Netherlands" may be supported by "Belanda"), and quoted words — and whether a
 * passage holds them. Paraphrase is allowed around the facts; the facts themselves must occur.
 */
final class Facts {

    /** One fact: any of its alternative token sequences must occur. */
    record Fact(String label, List<List<String>> alternatives) {}

    /** A passage's words in their loose form (see {@link #loose}), in order and as a set. */
    record Words(List<String> tokens, Set<String> looseForms) {
        static Words of(String text) {
            List<String> tokens = Terms.tokens(text).stream().map(Facts::loose).toList();
            return new Words(tokens, new HashSet<>(tokens));
        }

        boolean holds(List<String> sequence) {
            if (sequence.size() == 1) {
                return looseForms.contains(loose(sequence.getFirst()));
            }
            List<String> wanted = sequence.stream().map(Facts::loose).toList();
            if (!looseForms.contains(wanted.getFirst())) {
                return false;
            }
            return Collections.indexOfSubList(tokens, wanted) >= 0;
        }

        boolean holds(Fact f) {
            return f.alternatives().stream().anyMatch(this::holds);
        }
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{2,300})[”\"]");

    private final AliasTable aliases;

    Facts(AliasTable aliases) {
        this.aliases = aliases;
    }

    List<Fact> of(String sentence) {
        List<Fact> facts = new ArrayList<>();
        List<Token> tokens = Terms.scan(sentence);
        boolean[] covered = new boolean[tokens.size()];
        for (AliasTable.Match m : aliases.find(tokens)) {
            List<Token> span = tokens.subList(m.firstToken(), m.endToken());
            boolean name = span.stream().anyMatch(t -> t.capitalized() || Terms.isNumber(t.folded()))
                    && (m.firstToken() > 0 || span.size() > 1 || span.getFirst().allCaps());
            if (name) {
                List<List<String>> alternatives = new ArrayList<>(m.alternatives());
                alternatives.add(span.stream().map(Token::folded).toList());
                facts.add(new Fact(sentence.substring(span.getFirst().start(), span.getLast().end()), alternatives));
            }
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!covered[i] && isFact(t, i)) {
                facts.add(new Fact(t.surface(), List.of(List.of(t.folded()))));
            }
        }
        Matcher q = QUOTED.matcher(sentence);
        while (q.find()) {
            List<String> words = Terms.tokens(q.group(1));
            if (!words.isEmpty()) {
                facts.add(new Fact(q.group(), List.of(words)));
            }
        }
        return facts;
    }

    private static boolean isFact(Token t, int index) {
        if (Terms.isNumber(t.folded())) {
            return true;
        }
        boolean name = index == 0 ? t.allCaps() && t.surface().length() > 1 : t.capitalized();
        return name && !StopWords.contains(t.folded()) && !NameWords.isGeneric(t.folded());
    }

    /** Stems for words, separator-free digits for numbers ({@code 1.200} meets {@code 1,200}). */
    private static String loose(String folded) {
        if (Terms.isNumber(folded)) {
            return folded.replace(".", "").replace(",", "");
        }
        return IndonesianStemmer.stem(folded);
    }
}
