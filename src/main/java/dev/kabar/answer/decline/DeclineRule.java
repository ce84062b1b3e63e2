package dev.kabar.answer.decline;

import dev.kabar.answer.DeclineReason;
import java.util.Optional;

/** One reason not to answer: checked against a would-be answer, in the order {@link DeclineRules} lists them. */
@FunctionalInterface
public interface DeclineRule {

    /** The reason to decline {@code attempt}, or empty when this rule lets it pass. */
    Optional<DeclineReason> check(Attempt attempt);
}
