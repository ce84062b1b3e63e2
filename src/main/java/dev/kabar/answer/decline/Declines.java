package dev.kabar.answer.decline;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.text.Language;
import java.util.List;

/** The plain "not in the articles" answers, in the question's language, one per {@link DeclineReason}. */
public final class Declines {

    private Declines() {}

    /** The decline for {@code reason}, offering no passages. */
    public static Answer.Declined of(Language language, DeclineReason reason) {
        return new Answer.Declined(text(language, reason), reason, List.of());
    }

    /** What the reader is told: that the articles don't say, and for a named term, which one. */
    static String text(Language language, DeclineReason reason) {
        boolean en = language == Language.EN;
        String hint = switch (reason) {
            // the term is in none of the passages read
            case DeclineReason.Missing m -> en
                    ? " None of them mentions " + m.term() + "."
                    : " Tidak ada yang menyebut " + m.term() + ".";
            // an English word kabar cannot look for in Indonesian passages
            case DeclineReason.Untranslated u -> en
                    ? " (kabar could not check \"" + u.term() + "\" against the Indonesian text.)"
                    : " (Kata \"" + u.term() + "\" tidak dapat dicocokkan dengan teks artikel.)";
            // the term is in the passages, but not in the sentences that answer the rest of the question
            case DeclineReason.Unsupported u -> en
                    ? " They mention " + u.term() + ", but not in connection with what was asked."
                    : " " + u.term() + " disebut, tetapi tidak dalam kaitan dengan yang ditanyakan.";
            // the question names an outlet or a day that no loaded article is from
            case DeclineReason.NoSource s -> en
                    ? " None of the articles is from " + s.source() + "."
                    : " Tidak ada artikel dari " + s.source() + ".";
            case DeclineReason.NoAuthor r -> en
                    ? " The article does not name its author."
                    : " Artikel itu tidak menyebut penulisnya.";
            case DeclineReason.NoPassages r -> "";
            case DeclineReason.NoKeyTerms r -> "";
            case DeclineReason.LowCoverage r -> "";
            case DeclineReason.NegationMismatch r -> "";
            case DeclineReason.WrongKind r -> "";
            case DeclineReason.WeakEvidence r -> "";
            case DeclineReason.UnsupportedDraft r -> "";
            case DeclineReason.ModelDeclined r -> "";
        };
        return (en ? "The articles don't say." : "Tidak ditemukan di artikel yang tersedia.") + hint;
    }
}
