package dev.kabar.answer.extractive;

import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.BackReference;
import dev.kabar.text.StopWords;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One sentence of a retrieved passage, ready for matching.
 *
 * @param rank 0 for the best hit
 */
record Candidate(Hit hit, int rank, Sentence sentence) {

    /** The sentences of the first {@code limit} hits, in rank then text order. */
    static List<Candidate> of(List<Hit> hits, int limit, PassageSentences analysed) {
        List<Candidate> out = new ArrayList<>();
        for (int rank = 0; rank < Math.min(limit, hits.size()); rank++) {
            Hit hit = hits.get(rank);
            for (Sentence sentence : analysed.of(hit.passage())) {
                out.add(new Candidate(hit, rank, sentence));
            }
        }
        return out;
    }

    static Candidate of(Hit hit, int rank, String sentence) {
        return new Candidate(hit, rank, Sentence.of(sentence));
    }

    String text() {
        return sentence.text();
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    /** Stemmed tokens, parallel to {@link #tokens()}. */
    List<String> stems() {
        return sentence.stems();
    }

    /** Stems of the non-stop words, for near-duplicate detection. */
    Set<String> contentStems() {
        return sentence.contentStems();
    }

    /** Token indexes where the question's content words or key terms (in any alias) occur. */
    List<Integer> anchors(QuestionProfile q) {
        List<String> stems = stems();
        List<Token> tokens = tokens();
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
        return anchors.isEmpty() || anchors.stream().map(tokens()::get)
                .anyMatch(t -> t.start() < end + reach && start - reach < t.end());
    }

    /** Jaccard similarity of content words: how nearly two sentences say the same thing. */
    double overlap(Candidate other) {
        Set<String> mine = contentStems();
        Set<String> theirs = other.contentStems();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        long shared = mine.stream().filter(theirs::contains).count();
        return (double) shared / (mine.size() + theirs.size() - shared);
    }

    /** See {@link Sentence#standsAlone}. */
    boolean standsAlone(int minChars) {
        return sentence.standsAlone(minChars);
    }

    /**
     * Whether the sentence opens by pointing back at the one before ("Hal ini …", "Ia …",
     * "Mereka …"), so it cannot be understood — or checked — alone.
     */
    boolean refersBack() {
        return BackReference.opens(text());
    }
}
