package dev.kabar.answer.question;

import dev.kabar.text.Language;
import dev.kabar.text.MeasureWords.Measure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a question asks for and which terms its evidence must hold.
 *
 * @param language the language to frame the answer in
 * @param type the kind of answer wanted
 * @param terms key terms, in question order
 * @param questionStems stems of every question word, so a candidate's own answer (a name, a number)
 *     is not mistaken for one the question already gives
 * @param measure the unit a number answer must carry ({@code berapa lama}: a duration), if the question names one
 * @param speaker the key terms naming whose words are asked for ("What did <i>the health ministry</i> say"),
 *     empty when the question does not ask what someone said
 * @param members the key term naming the kind whose members are asked for ("Which <i>players</i> does …
 *     want to sign"), empty when the question asks for none
 * @param deed the key term naming what the one asked for did ("Who <i>won</i> the fight …"), empty when the
 *     question asks for no doer
 */
public record QuestionProfile(String question, Language language, QuestionType type, List<KeyTerm> terms,
        Set<String> questionStems, Optional<Measure> measure, List<KeyTerm> speaker, Optional<KeyTerm> members,
        Optional<KeyTerm> deed) {

    /** A question whose answer needs no particular unit. */
    public QuestionProfile(
            String question, Language language, QuestionType type, List<KeyTerm> terms, Set<String> questionStems) {
        this(question, language, type, terms, questionStems, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /** A question that names no speaker. */
    public QuestionProfile(String question, Language language, QuestionType type, List<KeyTerm> terms,
            Set<String> questionStems, Optional<Measure> measure) {
        this(question, language, type, terms, questionStems, measure, List.of());
    }

    /** A question that asks for no members of a kind and no doer. */
    public QuestionProfile(String question, Language language, QuestionType type, List<KeyTerm> terms,
            Set<String> questionStems, Optional<Measure> measure, List<KeyTerm> speaker) {
        this(question, language, type, terms, questionStems, measure, speaker, Optional.empty(), Optional.empty());
    }

    public QuestionProfile {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(type, "type");
        terms = List.copyOf(terms);
        questionStems = Set.copyOf(questionStems);
        Objects.requireNonNull(measure, "measure");
        speaker = List.copyOf(speaker);
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(deed, "deed");
    }

    /**
     * Whether an answer must hold the kind of evidence asked for, or be declined: a number with the
     * unit the question names, or a reason for {@code mengapa} / {@code why}.
     */
    public boolean demandsType() {
        return measure.isPresent() || type == QuestionType.REASON;
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
