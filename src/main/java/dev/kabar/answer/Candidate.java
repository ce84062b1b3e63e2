package dev.kabar.answer;

import dev.kabar.retrieval.Hit;
import dev.kabar.text.BackReference;
import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One sentence of a retrieved passage, ready for matching.
 *
 * @param rank 0 for the best hit
 * @param stems stemmed tokens, parallel to {@code tokens}
 * @param contentStems stems of the non-stop words, for near-duplicate detection
 */
record Candidate(Hit hit, int rank, String text, List<Token> tokens, List<String> stems, Set<String> contentStems) {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** The sentences of the first {@code limit} hits, in rank then text order. */
    static List<Candidate> of(List<Hit> hits, int limit) {
        List<Candidate> out = new ArrayList<>();
        for (int rank = 0; rank < Math.min(limit, hits.size()); rank++) {
            Hit hit = hits.get(rank);
            for (String sentence : SPLITTER.sentences(hit.passage().text())) {
                out.add(of(hit, rank, sentence));
            }
        }
        return out;
    }

    static Candidate of(Hit hit, int rank, String sentence) {
        List<Token> tokens = Terms.scan(sentence);
        List<String> stems = tokens.stream().map(t -> IndonesianStemmer.stem(t.folded())).toList();
        Set<String> content = tokens.stream()
                .filter(t -> !StopWords.contains(t.folded()))
                .map(t -> IndonesianStemmer.stem(t.folded()))
                .collect(Collectors.toSet());
        return new Candidate(hit, rank, sentence, tokens, stems, content);
    }

    /** Token indexes where the question's content words or key terms (in any alias) occur. */
    List<Integer> anchors(QuestionProfile q) {
        Set<Integer> at = new TreeSet<>();
        for (int i = 0; i < stems.size(); i++) {
            if (q.questionStems().contains(stems.get(i)) && !StopWords.contains(tokens.get(i).folded())) {
                at.add(i);
            }
        }
        q.terms().forEach(t -> at.addAll(t.matchIn(stems).positions()));
        return List.copyOf(at);
    }

    /** Whether characters {@code [start, end)} lie within {@code reach} characters of an anchor. */
    boolean near(List<Integer> anchors, int start, int end, int reach) {
        return anchors.isEmpty() || anchors.stream().map(tokens::get)
                .anyMatch(t -> t.start() < end + reach && start - reach < t.end());
    }

    /** Jaccard similarity of content words: how nearly two sentences say the same thing. */
    double overlap(Candidate other) {
        if (contentStems.isEmpty() || other.contentStems.isEmpty()) {
            return 0;
        }
        long shared = contentStems.stream().filter(other.contentStems::contains).count();
        return (double) shared / (contentStems.size() + other.contentStems.size() - shared);
    }

    /**
     * Whether the sentence can stand alone as an answer: long enough, not a heading (numbered,
     * all capitals or mostly capitalised words), and a clause rather than a label.
     */
    boolean standsAlone(int minChars) {
        if (text.length() < minChars || tokens.size() < 4 || text.matches("^\\d{1,3}\\.\\s.*")) {
            return false;
        }
        long words = tokens.stream().filter(t -> !Terms.isNumber(t.folded())).count();
        long capitalised = tokens.stream().filter(Token::capitalized).count();
        long lower = tokens.stream().filter(t -> Character.isLowerCase(t.surface().charAt(0))).count();
        boolean ends = endsLikeSentence();
        // a headline capitalises most words and has no full stop; a dateline sentence full of names has one
        boolean titleCase = capitalised > 0.6 * words && !ends;
        return lower >= 2 && !titleCase && (ends || hasVerbShape());
    }

    /**
     * Whether the sentence opens by pointing back at the one before ("Hal ini …", "Ia …",
     * "Mereka …"), so it cannot be understood — or checked — alone.
     */
    boolean refersBack() {
        return BackReference.opens(text);
    }

    private boolean endsLikeSentence() {
        String t = text.strip();
        return t.matches(".*[.!?…][”\"’')]*$") || t.matches(".*[”\"’]$");
    }

    private boolean hasVerbShape() {
        return tokens.stream()
                .map(Token::folded)
                .anyMatch(w -> w.length() > 4 && w.matches("^(me|di|ber|ter).*") && !StopWords.contains(w));
    }
}
