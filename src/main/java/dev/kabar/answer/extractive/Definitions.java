package dev.kabar.answer.extractive;

import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.answer.question.QuestionType;
import dev.kabar.text.Terms;
import java.util.List;
import java.util.Set;

/**
 * Questions asking what something is ("Apa itu ASEAN?", "Apa yang dimaksud dengan inflasi?", "Siapa
 * Lee Min Ho?", "Apa kepanjangan PBB?") and the sentences that answer them: one that defines the
 * thing asked about ("Inflasi adalah …", "Lee Min Ho, yang merupakan …") or spells out the
 * abbreviation ("Perserikatan Bangsa-Bangsa (PBB)").
 */
final class Definitions {

    private static final Set<String> ASKING = Set.of("dimaksud", "maksud", "pengertian", "definisi", "arti",
            "artinya", "kepanjangan", "singkatan", "kepanjangannya", "singkatannya");
    private static final Set<String> COPULAS = Set.of("adalah", "merupakan", "ialah", "yaitu", "yakni",
            "is", "are", "was", "were");
    private static final Set<String> EXPANSION_WORDS = Set.of("singkatan", "kepanjangan", "akronim", "stands");
    /** A copula further than this many tokens after the thing asked about defines something else. */
    private static final int REACH = 8;

    private Definitions() {}

    /**
     * Whether {@code q} asks what something is: it says so ({@code dimaksud}, {@code pengertian},
     * {@code apa itu}, {@code what is}), or it is a bare "Siapa(kah) &lt;name&gt;?".
     */
    static boolean asked(QuestionProfile q) {
        List<String> words = Terms.tokens(q.question());
        if (words.stream().anyMatch(ASKING::contains)) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            String next = words.get(i + 1);
            if ((w.equals("apa") || w.equals("apakah")) && next.equals("itu")
                    || w.equals("what") && (next.equals("is") || next.equals("are")) && i == 0) {
                return true;
            }
        }
        return q.type() == QuestionType.PERSON && !q.terms().isEmpty()
                && q.terms().stream().allMatch(t -> t.kind() == KeyTerm.Kind.ENTITY);
    }

    /** Whether {@code c} defines or expands one of the question's terms. */
    static boolean present(QuestionProfile q, Candidate c) {
        List<String> folded = c.tokens().stream().map(t -> t.folded()).toList();
        if (folded.stream().anyMatch(EXPANSION_WORDS::contains)) {
            return anyTermFound(q, c);
        }
        for (KeyTerm t : q.terms()) {
            if (t.kind() == KeyTerm.Kind.SOFT) {
                continue;
            }
            for (int p : t.matchIn(c.stems()).positions()) {
                if (inParentheses(c, p) || copulaAfter(folded, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyTermFound(QuestionProfile q, Candidate c) {
        return q.terms().stream().anyMatch(t -> t.kind() != KeyTerm.Kind.SOFT && t.matchIn(c.stems()).found());
    }

    private static boolean copulaAfter(List<String> folded, int from) {
        for (int i = from + 1; i < Math.min(folded.size(), from + 1 + REACH); i++) {
            if (COPULAS.contains(folded.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Perserikatan Bangsa-Bangsa (PBB)": the term written in brackets after what it stands for. */
    private static boolean inParentheses(Candidate c, int position) {
        var token = c.tokens().get(position);
        String text = c.text();
        return token.start() > 0 && text.charAt(token.start() - 1) == '(' && position > 1;
    }
}
