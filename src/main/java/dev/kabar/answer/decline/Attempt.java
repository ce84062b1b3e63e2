package dev.kabar.answer.decline;

import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
import java.util.Optional;

/**
 * A would-be answer as the {@link DeclineRule}s see it: the question, the passages read and the
 * sentences chosen to quote. A composer implements it over its own sentences and computes each part
 * on first use, so a rule that declines early spares the work the later rules need.
 */
public interface Attempt {

    /** Whether any passage was retrieved. */
    boolean hasPassages();

    /** The question read; asked only once {@link #hasPassages()} holds. */
    QuestionProfile question();

    /** Whether some sentence read holds {@code term}. */
    boolean readHolds(KeyTerm term);

    /** Whether some sentence read is fit to quote (long enough, a clause, holding a key term). */
    boolean hasQuotable();

    /** Whether the sentences chosen to quote hold {@code term}; asked only once {@link #hasQuotable()} holds. */
    boolean chosenHold(KeyTerm term);

    /**
     * Whether the chosen sentences answer another kind of question than the one asked: a number
     * with another unit, or none, where the question names a unit ("101 lantai" for "berapa
     * lama"); a time and no reason for "mengapa". Asked once {@link #hasQuotable()} holds.
     */
    boolean chosenWrongKind();

    /**
     * The first term of the question's speaker ({@link QuestionProfile#speaker()}) that no chosen
     * sentence gives words to: where the speaker is named in a saying sentence or just before it.
     * Empty when the question names no speaker or a chosen sentence lets that speaker speak. Asked
     * once {@link #hasQuotable()} holds.
     */
    Optional<KeyTerm> chosenOtherSpeaker();

    /**
     * Whether the question asks for names the chosen sentences do not give: the members of a kind
     * ({@link QuestionProfile#members()}: "Which players …") where they hold the kind word but name no
     * member beside it, or the one who did a deed ({@link QuestionProfile#deed()}: "Who won …") where they
     * hold the deed only as its doer's noun ("bagi pemenang") with no name tied to it. Asked once
     * {@link #hasQuotable()} holds.
     */
    boolean chosenNameNone();

    /** Whether a chosen sentence says "not" (see {@link Negation}). */
    boolean chosenNegate();

    /**
     * Share of the question's key-term weight that the evidence a reader opens holds: the chosen
     * sentences and the rest of the passage cited first.
     */
    double coverage();

    /** As {@link #coverage()}, counting only the question's plain content words. */
    double contentCoverage();

    /** The generic checks the {@link DeclineModel} weighs. */
    DeclineEvidence evidence();
}
