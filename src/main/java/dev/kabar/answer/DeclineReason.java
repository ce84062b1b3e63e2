package dev.kabar.answer;

import java.util.Objects;

/**
 * Why kabar declined, as a value: a closed set, so whoever renders a decline handles every reason.
 * {@link #code()} is the machine-readable form results carry as {@code declineReason}
 * ({@code no-passages}, {@code missing:India}); the codes are part of the result contract.
 */
public sealed interface DeclineReason {

    /** The machine-readable reason, e.g. {@code weak-evidence} or {@code missing:India}. */
    String code();

    /** Nothing was retrieved. */
    record NoPassages() implements DeclineReason {
        @Override
        public String code() {
            return "no-passages";
        }
    }

    /** The question holds no word a passage could be checked for. */
    record NoKeyTerms() implements DeclineReason {
        @Override
        public String code() {
            return "no-key-terms";
        }
    }

    /** An English question whose only content words kabar cannot look for in Indonesian passages. */
    record Untranslated(String term) implements DeclineReason {
        public Untranslated {
            Objects.requireNonNull(term, "term");
        }

        @Override
        public String code() {
            return "untranslated:" + term;
        }
    }

    /** A name or number of the question that none of the passages read holds. */
    record Missing(String term) implements DeclineReason {
        public Missing {
            Objects.requireNonNull(term, "term");
        }

        @Override
        public String code() {
            return "missing:" + term;
        }
    }

    /** A name or number the passages hold, but not in the sentences that answer the rest of the question. */
    record Unsupported(String term) implements DeclineReason {
        public Unsupported {
            Objects.requireNonNull(term, "term");
        }

        @Override
        public String code() {
            return "unsupported:" + term;
        }
    }

    /** No sentence fit to quote, or the evidence below a configured coverage floor. */
    record LowCoverage() implements DeclineReason {
        @Override
        public String code() {
            return "low-coverage";
        }
    }

    /** A question asking what is not so, and evidence saying only what is. */
    record NegationMismatch() implements DeclineReason {
        @Override
        public String code() {
            return "negation-mismatch";
        }
    }

    /**
     * The chosen sentences hold no answer of the kind asked for: no duration for "berapa lama", no
     * count of people for "berapa orang", no reason for "mengapa", no named member for "which players".
     */
    record WrongKind() implements DeclineReason {
        @Override
        public String code() {
            return "wrong-kind";
        }
    }

    /** The decline model judged the evidence too weak. */
    record WeakEvidence() implements DeclineReason {
        @Override
        public String code() {
            return "weak-evidence";
        }
    }

    /** Nothing a model wrote survived the citation check. */
    record UnsupportedDraft() implements DeclineReason {
        @Override
        public String code() {
            return "unsupported-draft";
        }
    }

    /** The model wrote no cited claim: it declined itself. */
    record ModelDeclined() implements DeclineReason {
        @Override
        public String code() {
            return "model-declined";
        }
    }

    /**
     * The question names a source — an outlet, a publication day — that none of the loaded articles
     * is from: "Menurut <outlet>, …" when no article of that outlet is loaded.
     */
    record NoSource(String source) implements DeclineReason {
        public NoSource {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String code() {
            return "no-source:" + source;
        }
    }

    /** The question asks who wrote an article, and the article names no author. */
    record NoAuthor() implements DeclineReason {
        @Override
        public String code() {
            return "no-author";
        }
    }
}
