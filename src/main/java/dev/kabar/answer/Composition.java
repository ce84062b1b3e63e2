package dev.kabar.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * An answer together with who wrote it and, for model-written answers, what the citation check
 * changed.
 *
 * @param composer the name reported as {@code composer}, e.g. {@code extractive},
 *     {@code llm:openai/gpt-4o-mini} or {@code extractive-fallback}
 * @param checks the check's report, empty when no check ran (extractive answers quote verbatim)
 */
public record Composition(Answer answer, String composer, Optional<CheckReport> checks) {

    public Composition {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(checks, "checks");
    }

    public static Composition unchecked(Answer answer, String composer) {
        return new Composition(answer, composer, Optional.empty());
    }
}
