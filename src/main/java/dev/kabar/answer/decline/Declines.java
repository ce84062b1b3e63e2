package dev.kabar.answer.decline;

import dev.kabar.answer.Answer;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.text.Language;
import java.util.List;

/** The plain "not in the articles" answers, in the question's language. */
public final class Declines {

    public static final String NO_PASSAGES = "no-passages";
    public static final String NO_KEY_TERMS = "no-key-terms";
    public static final String LOW_COVERAGE = "low-coverage";
    public static final String NEGATION = "negation-mismatch";
    /** The decline model judged the evidence too weak (see {@link DeclineModel}). */
    public static final String WEAK_EVIDENCE = "weak-evidence";

    private Declines() {}

    public static Answer.Declined of(Language language, String reason) {
        return new Answer.Declined(base(language), reason, List.of());
    }

    /** {@code term} is in none of the passages read. */
    public static Answer.Declined missing(Language language, KeyTerm term) {
        String hint = language == Language.EN
                ? " None of them mentions " + term.text() + "."
                : " Tidak ada yang menyebut " + term.text() + ".";
        return new Answer.Declined(base(language) + hint, "missing:" + term.text(), List.of());
    }

    /** {@code term} is an English word kabar cannot look for in Indonesian passages. */
    public static Answer.Declined untranslated(Language language, KeyTerm term) {
        String hint = language == Language.EN
                ? " (kabar could not check \"" + term.text() + "\" against the Indonesian text.)"
                : " (Kata \"" + term.text() + "\" tidak dapat dicocokkan dengan teks artikel.)";
        return new Answer.Declined(base(language) + hint, "untranslated:" + term.text(), List.of());
    }

    /** {@code term} is in the passages, but not in the sentences that answer the rest of the question. */
    public static Answer.Declined unsupported(Language language, KeyTerm term) {
        String hint = language == Language.EN
                ? " They mention " + term.text() + ", but not in connection with what was asked."
                : " " + term.text() + " disebut, tetapi tidak dalam kaitan dengan yang ditanyakan.";
        return new Answer.Declined(base(language) + hint, "unsupported:" + term.text(), List.of());
    }

    private static String base(Language language) {
        return language == Language.EN ? "The articles don't say." : "Tidak ditemukan di artikel yang tersedia.";
    }
}
