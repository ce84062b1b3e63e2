package dev.kabar.answer;

import java.util.List;
import java.util.Objects;

/**
 * What kabar says to a question: either a grounded answer whose every {@code [n]} resolves to a
 * citation, or a decline ("not in the articles"). Declining is a value, not an error.
 */
public sealed interface Answer permits Answer.Grounded, Answer.Declined {

    /** The text shown to the reader, with {@code [n]} markers when grounded. */
    String text();

    List<Citation> citations();

    boolean grounded();

    /**
     * A grounded answer.
     *
     * @param shortAnswer the short span that answers the question (a name, date, number), or
     *     empty when the composer offers none
     */
    record Grounded(String text, List<Citation> citations, String shortAnswer) implements Answer {
        public Grounded {
            Objects.requireNonNull(text, "text");
            citations = List.copyOf(citations);
            shortAnswer = Objects.requireNonNullElse(shortAnswer, "");
        }

        @Override
        public boolean grounded() {
            return true;
        }
    }

    /**
     * A decline.
     *
     * @param reason why; its {@link DeclineReason#code() code} is the machine-readable form, e.g.
     *     {@code no-passages}, {@code missing:Cirebon}
     * @param citations the closest passages, if any, offered for the reader to check; may be empty
     */
    record Declined(String text, DeclineReason reason, List<Citation> citations) implements Answer {
        public Declined {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
            citations = List.copyOf(citations);
        }

        @Override
        public boolean grounded() {
            return false;
        }
    }
}
