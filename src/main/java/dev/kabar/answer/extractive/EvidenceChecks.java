package dev.kabar.answer.extractive;

import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.text.Token;
import java.util.List;

/** Small checks of a question against its evidence, for {@link EvidenceFeatures}. */
final class EvidenceChecks {

    private EvidenceChecks() {}

    /**
     * Whether the sentence states a number, but not the one the question names ("tahun 1998" asked,
     * "pada 2004" said): the sentence is about another occasion.
     */
    static boolean numberContradicted(QuestionProfile q, Candidate sentence) {
        boolean otherNumber = sentence.tokens().stream().map(Token::folded).anyMatch(EvidenceChecks::hasDigit);
        return otherNumber && q.terms().stream()
                .filter(t -> t.kind() == KeyTerm.Kind.NUMBER)
                .anyMatch(t -> !t.matchIn(sentence.stems()).found());
    }

    /**
     * Rarity (0 common to 1 unique among the sentences read) of the rarest of the question's terms
     * that the cited evidence lacks; 0 when it holds them all. A rare word asked about but absent
     * is a sign the passage is about something else.
     */
    static double rarestMissing(QuestionProfile q, List<Scored> evidence, List<Candidate> candidates) {
        double n = candidates.size();
        double rarest = 0;
        for (KeyTerm t : q.terms()) {
            if (t.kind() == KeyTerm.Kind.SOFT || evidence.stream().anyMatch(s -> s.strengths().containsKey(t))) {
                continue;
            }
            long df = candidates.stream().filter(c -> t.matchIn(c.stems()).found()).count();
            rarest = Math.max(rarest, Math.log((n + 1) / (df + 1)) / Math.log(n + 1));
        }
        return rarest;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }
}
