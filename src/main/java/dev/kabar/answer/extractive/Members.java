package dev.kabar.answer.extractive;

import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.text.MeasureWords;
import dev.kabar.text.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a sentence names members of the kind a question asks about ("Which players …"): a name or a
 * year beside the kind word — "pemain seperti …", "pemain muda …, Budi", "perjanjian sebelumnya yang
 * ditandatangani pada 1998". A sentence that holds the kind word with no member beside it speaks of the
 * kind as a whole ("siap melakukan belanja pemain hingga …") and names none.
 */
final class Members {

    /** How many words after the kind word its members may be named ("perjanjian … yang ditandatangani pada 1998"). */
    static final int AFTER = 6;
    /** How many words before it ("Budi dan Andi, dua pemain …"). */
    static final int BEFORE = 2;

    private static final Pattern YEAR = Pattern.compile("(?:1\\d|20)\\d{2}");

    private Members() {}

    /** Whether {@code c} names a member of {@code kind} beside one of its occurrences. */
    static boolean named(QuestionProfile q, Candidate c, KeyTerm kind) {
        List<Token> tokens = c.tokens();
        for (int at : kind.matchIn(c.stems()).positions()) {
            for (int i = Math.max(1, at - BEFORE); i <= Math.min(tokens.size() - 1, at + AFTER); i++) {
                if (i != at && (name(q, c, i) || year(q, c, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capitalised word of a name; not a currency or a unit written with a capital ("Rp 50 miliar"). */
    private static boolean name(QuestionProfile q, Candidate c, int i) {
        String folded = c.tokens().get(i).folded();
        return Names.isNamePart(q, c, i) && !MeasureWords.currencyBefore(folded) && MeasureWords.unit(folded).isEmpty();
    }

    private static boolean year(QuestionProfile q, Candidate c, int i) {
        return YEAR.matcher(c.tokens().get(i).folded()).matches() && !q.questionStems().contains(c.stems().get(i));
    }
}
