package dev.kabar.digest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One article of a digest: what it is, and its key point — the Briefer's first key point for the
 * article alone, else the lead sentence of its first passage — cited by the passage that holds it.
 */
public record DigestEntry(String articleId, String title, String outlet, Optional<LocalDate> published,
        String keyPoint, String passageId, int ordinal) {}
