package dev.kabar.digest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One article of a digest: what it is, and its key point — the lead sentence of its first passage,
 * cited by that passage.
 */
public record DigestEntry(String articleId, String title, String outlet, Optional<LocalDate> published,
        String keyPoint, String passageId, int ordinal) {}
