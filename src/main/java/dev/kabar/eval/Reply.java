package dev.kabar.eval;

import java.util.List;
import java.util.Objects;

/**
 * What a system under evaluation said to one question.
 *
 * @param declined whether it said the articles do not hold the answer
 * @param text the answer (or decline) text
 * @param shortAnswer the short answer span, empty when none is offered
 * @param citedArticles ids of the articles the answer cites (a decline cites none)
 * @param declineReason the machine-readable reason of a decline, else empty
 */
public record Reply(boolean declined, String text, String shortAnswer, List<String> citedArticles,
        String declineReason) {

    public Reply {
        Objects.requireNonNull(text, "text");
        shortAnswer = Objects.requireNonNullElse(shortAnswer, "");
        citedArticles = List.copyOf(citedArticles);
        declineReason = Objects.requireNonNullElse(declineReason, "");
    }
}
