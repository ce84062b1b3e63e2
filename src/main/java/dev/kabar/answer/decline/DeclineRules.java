package dev.kabar.answer.decline;

import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;

/**
 * kabar's decline rules, in the order they apply. Declining checks the evidence, not the retrieval
 * score. The hard rules come first and are right by construction: nothing retrieved, nothing to look
 * for, an English word that cannot be looked for, a name or number of the question that no sentence
 * read holds ({@code missing:India}) or that the chosen sentences lack ({@code unsupported:1998}:
 * names spread over unrelated passages), a negated question answered by a plain statement, a question
 * naming the unit or asking why answered by no sentence of that kind ({@code wrong-kind}), a question
 * about what someone said answered by no sentence where that speaker speaks ({@code unsupported}), a
 * question for the members of a kind or for who did something answered by sentences naming none
 * ({@code wrong-kind}). The soft
 * cases are weighed by the {@link DeclineJudge} (the trained {@link DeclineModel}) as
 * {@code weak-evidence}; optional coverage floors decline as {@code low-coverage} before it.
 */
public final class DeclineRules {

    private DeclineRules() {}

    /**
     * The rules in order.
     *
     * @param judge weighs the evidence of an answer that passed every other rule
     * @param minCoverage share of the question's key-term weight the evidence must hold (0: no floor)
     * @param minContentCoverage likewise for its plain content words (0: no floor)
     */
    public static List<DeclineRule> standard(DeclineJudge judge, double minCoverage, double minContentCoverage) {
        Objects.requireNonNull(judge, "judge");
        return List.of(
                DeclineRules::noPassages,
                DeclineRules::noKeyTerms,
                DeclineRules::untranslated,
                DeclineRules::missing,
                DeclineRules::nothingQuotable,
                DeclineRules::unsupported,
                DeclineRules::negationMismatch,
                DeclineRules::wrongKind,
                DeclineRules::otherSpeaker,
                DeclineRules::noNames,
                DeclineRules::nothingAsked,
                a -> below(minCoverage, a::coverage) || below(minContentCoverage, a::contentCoverage)
                        ? Optional.of(new DeclineReason.LowCoverage()) : Optional.empty(),
                a -> judge.declines(a.evidence()) ? Optional.of(new DeclineReason.WeakEvidence()) : Optional.empty());
    }

    /** The first rule's reason to decline {@code attempt}; empty when every rule lets it pass. */
    public static Optional<DeclineReason> firstReason(List<DeclineRule> rules, Attempt attempt) {
        for (DeclineRule rule : rules) {
            Optional<DeclineReason> reason = rule.check(attempt);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    private static Optional<DeclineReason> noPassages(Attempt a) {
        return a.hasPassages() ? Optional.empty() : Optional.of(new DeclineReason.NoPassages());
    }

    private static Optional<DeclineReason> noKeyTerms(Attempt a) {
        return a.question().terms().isEmpty() ? Optional.of(new DeclineReason.NoKeyTerms()) : Optional.empty();
    }

    /**
     * An English question whose only content words kabar cannot look for in Indonesian ("What is
     * the weather in Jakarta?") cannot be checked, so it is declined rather than answered by
     * whatever mentions Jakarta.
     */
    private static Optional<DeclineReason> untranslated(Attempt a) {
        QuestionProfile q = a.question();
        boolean checkable = q.language() != Language.EN
                || q.terms().stream().anyMatch(t -> t.kind() == KeyTerm.Kind.CONTENT);
        return checkable ? Optional.empty()
                : q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.SOFT).findFirst()
                        .map(t -> new DeclineReason.Untranslated(t.text()));
    }

    /** A name or number of the question (alias- and stem-aware) that no sentence read holds. */
    private static Optional<DeclineReason> missing(Attempt a) {
        return firstRequired(a.question(), t -> !a.readHolds(t)).map(t -> new DeclineReason.Missing(t.text()));
    }

    private static Optional<DeclineReason> nothingQuotable(Attempt a) {
        return a.hasQuotable() ? Optional.empty() : Optional.of(new DeclineReason.LowCoverage());
    }

    /** A name or number the passages hold but the chosen sentences do not: it belongs to another story. */
    private static Optional<DeclineReason> unsupported(Attempt a) {
        return firstRequired(a.question(), t -> !a.chosenHold(t)).map(t -> new DeclineReason.Unsupported(t.text()));
    }

    /** "yang tidak mempelajari" is not answered by "yang mempelajari". */
    private static Optional<DeclineReason> negationMismatch(Attempt a) {
        return Negation.in(a.question().question()) && !a.chosenNegate()
                ? Optional.of(new DeclineReason.NegationMismatch()) : Optional.empty();
    }

    /**
     * "Berapa lama …" answered without a duration ("101 lantai"), "Mengapa …" without a reason
     * (when it was signed): a number with the wrong unit is no answer.
     */
    private static Optional<DeclineReason> wrongKind(Attempt a) {
        return a.question().demandsType() && a.chosenWrongKind()
                ? Optional.of(new DeclineReason.WrongKind()) : Optional.empty();
    }

    /**
     * "What did the health ministry say?" is not answered by what someone else said, nor by a
     * sentence that names the ministry without giving it words: the speaker asked about must speak.
     */
    private static Optional<DeclineReason> otherSpeaker(Attempt a) {
        return a.chosenOtherSpeaker().map(t -> new DeclineReason.Unsupported(t.text()));
    }

    /**
     * "Which players does X want to sign?" is not answered by a sentence that speaks of players but
     * names none, nor "Who won the fight?" by one that speaks of a prize for its winner: the question
     * wants names.
     */
    private static Optional<DeclineReason> noNames(Attempt a) {
        return a.chosenNameNone() ? Optional.of(new DeclineReason.WrongKind()) : Optional.empty();
    }

    /**
     * An English question answered by evidence that holds its names but none of its content words in
     * any of their Indonesian forms ("summit", "held") says something else about them. Indonesian
     * questions are left to the model: their own words are often paraphrased in the passage (a rule
     * for them too doubled the wrongly declined questions on the TyDiQA-id and IDK-MRC dev sets,
     * docs/experiments.md).
     */
    private static Optional<DeclineReason> nothingAsked(Attempt a) {
        boolean asks = a.question().language() == Language.EN
                && a.question().terms().stream().anyMatch(t -> t.kind() == KeyTerm.Kind.CONTENT);
        return asks && a.contentCoverage() == 0 ? Optional.of(new DeclineReason.LowCoverage()) : Optional.empty();
    }

    private static Optional<KeyTerm> firstRequired(QuestionProfile q, Predicate<KeyTerm> lacking) {
        return q.requiredTerms().stream().filter(lacking).findFirst();
    }

    /**
     * Whether a floor is set and the measure falls short of it (the measure only computed then). The
     * floors are off by default: the model weighs the same coverage among its checks.
     */
    private static boolean below(double floor, DoubleSupplier measure) {
        return floor > 0 && measure.getAsDouble() < floor;
    }
}
