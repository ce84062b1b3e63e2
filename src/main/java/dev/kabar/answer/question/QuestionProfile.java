package dev.kabar.answer.question;

import dev.kabar.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a question asks for and which terms its evidence must hold.
 *
 * @param language the language to frame the answer in
 * @param type the kind of answer wanted
 * @param terms key terms, in question order
 * @param questionStems stems of every question word, so a candidate's own answer (a name, a number)
 *     is not mistaken for one the question already gives
 */
public record QuestionProfile(
        String question, Language language, QuestionType type, List<KeyTerm> terms, Set<String> questionStems) {

    public QuestionProfile {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(type, "type");
        terms = List.copyOf(terms);
        questionStems = Set.copyOf(questionStems);
    }

    /** Entities and numbers: the terms whose absence from the evidence means a decline. */
    public List<KeyTerm> requiredTerms() {
        return terms.stream().filter(KeyTerm::required).toList();
    }

    /** Total weight of the terms that count towards coverage (soft terms do not). */
    public double coverageWeight() {
        return terms.stream()
                .filter(t -> t.kind() != KeyTerm.Kind.SOFT)
                .mapToDouble(t -> t.kind().weight())
                .sum();
    }
}
