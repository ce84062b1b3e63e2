package dev.kabar.answer.extractive;

import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.Span;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the composer reads from one sentence whatever the question: its tokens, their stems, its
 * content stems and its shape. Immutable, so the analysis of a passage's sentences is computed once
 * and shared by every question that retrieves the passage (see {@link PassageSentences}).
 *
 * @param stems stemmed tokens, parallel to {@code tokens}
 * @param contentStems stems of the non-stop words, for near-duplicate detection
 * @param clause whether, length aside, the sentence can stand alone as an answer (see {@link #standsAlone})
 * @param dates where each date pattern matches (see {@link AnswerTypeCues#dateSpans})
 */
record Sentence(String text, List<Token> tokens, List<String> stems, Set<String> contentStems, boolean clause,
        List<List<Span>> dates) {

    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][”\"’')]*$");
    private static final Pattern QUOTE_END = Pattern.compile(".*[”\"’]$");
    private static final Pattern VERB_PREFIX = Pattern.compile("^(me|di|ber|ter).*");

    static Sentence of(String text) {
        List<Token> tokens = Terms.scan(text);
        String[] stems = new String[tokens.size()];
        Set<String> content = new HashSet<>();
        for (int i = 0; i < stems.length; i++) {
            String folded = tokens.get(i).folded();
            stems[i] = IndonesianStemmer.stem(folded);
            if (!StopWords.contains(folded)) {
                content.add(stems[i]);
            }
        }
        return new Sentence(text, List.copyOf(tokens), List.of(stems), Set.copyOf(content), clause(text, tokens),
                AnswerTypeCues.dateSpans(text));
    }

    /**
     * Whether the sentence can stand alone as an answer: long enough, not a heading (numbered,
     * all capitals or mostly capitalised words), and a clause rather than a label.
     */
    boolean standsAlone(int minChars) {
        return text.length() >= minChars && clause;
    }

    private static boolean clause(String text, List<Token> tokens) {
        if (tokens.size() < 4 || NUMBERED.matcher(text).matches()) {
            return false;
        }
        long words = tokens.stream().filter(t -> !Terms.isNumber(t.folded())).count();
        long capitalised = tokens.stream().filter(Token::capitalized).count();
        long lower = tokens.stream().filter(t -> Character.isLowerCase(t.surface().charAt(0))).count();
        boolean ends = endsLikeSentence(text);
        // a headline capitalises most words and has no full stop; a dateline sentence full of names has one
        boolean titleCase = capitalised > 0.6 * words && !ends;
        return lower >= 2 && !titleCase && (ends || hasVerbShape(tokens));
    }

    private static boolean endsLikeSentence(String text) {
        String t = text.strip();
        return SENTENCE_END.matcher(t).matches() || QUOTE_END.matcher(t).matches();
    }

    private static boolean hasVerbShape(List<Token> tokens) {
        return tokens.stream()
                .map(Token::folded)
                .anyMatch(w -> w.length() > 4 && VERB_PREFIX.matcher(w).matches() && !StopWords.contains(w));
    }
}
