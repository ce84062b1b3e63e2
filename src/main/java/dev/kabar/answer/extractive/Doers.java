package dev.kabar.answer.extractive;

import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.text.DeedFrames;
import dev.kabar.text.StopWords;
import dev.kabar.text.Token;
import java.util.List;

/**
 * Whether a sentence says who did the deed a question asks about ("Who won …"). Indonesian may name
 * the doer by the noun of the deed ({@code pemenang}); such a sentence says who only where a name is
 * tied to that noun — right after it ("pemenang lomba itu, Budi Santoso"), or through a linking word
 * ("Budi keluar sebagai pemenang", "pemenangnya adalah Budi"). "Hadiah bagi pemenang pertandingan itu"
 * speaks of a winner and names none.
 */
final class Doers {

    /** How many words of the question ("pemenang <i>lomba</i> itu") may stand between the noun and its name. */
    static final int REACH = 3;

    private Doers() {}

    /** Whether {@code c} holds {@code deed} only as its doer's noun, with no name tied to it. */
    static boolean unnamed(QuestionProfile q, Candidate c, KeyTerm deed) {
        List<Integer> at = deed.matchIn(c.stems()).positions();
        return !at.isEmpty() && at.stream()
                .allMatch(p -> DeedFrames.doerNoun(c.tokens().get(p).folded(), c.stems().get(p)) && !named(q, c, p));
    }

    private static boolean named(QuestionProfile q, Candidate c, int noun) {
        return nameAfter(q, c, noun) || linkedBefore(q, c, noun);
    }

    /** A name after the noun, past the question's words and linking words only. */
    private static boolean nameAfter(QuestionProfile q, Candidate c, int noun) {
        for (int i = noun + 1; i < Math.min(c.tokens().size(), noun + 2 + REACH); i++) {
            if (name(c, i)) {
                return true;
            }
            if (!q.questionStems().contains(c.stems().get(i)) && !asked(q, c, i)
                    && !DeedFrames.link(c.tokens().get(i).folded())) {
                return false;
            }
        }
        return false;
    }

    /** A name before a linking word just before the noun: "Budi keluar sebagai pemenang". */
    private static boolean linkedBefore(QuestionProfile q, Candidate c, int noun) {
        for (int l = Math.max(1, noun - 2); l < noun; l++) {
            if (DeedFrames.link(c.tokens().get(l).folded())) {
                for (int i = Math.max(0, l - REACH); i < l; i++) {
                    if (name(c, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A capitalised word of a name, the question's own names included: "Who won the fight between A and
     * B?" is answered by one of them. The first word of a sentence is capitalised anyway.
     */
    private static boolean name(Candidate c, int i) {
        Token t = c.tokens().get(i);
        return i > 0 && t.capitalized() && !StopWords.contains(t.folded()) && !QuestionAnalyzer.isRole(t.folded())
                && !AnswerTypeCues.isCalendarWord(t.surface());
    }

    private static boolean asked(QuestionProfile q, Candidate c, int i) {
        return q.terms().stream().anyMatch(t -> t.matchIn(c.stems()).positions().contains(i));
    }
}
