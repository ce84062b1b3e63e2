package dev.kabar.ingestion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of line in {@code config/furniture.txt}; see the file's header for what each does. */
enum RuleKind {
    DROP_LINE_PREFIX,
    DROP_LINE_REGEX,
    DROP_FROM_LINE_REGEX,
    STRIP_SUFFIX_REGEX,
    CAPTION_CREDIT_REGEX,
    CAPTION_MAX_CHARS,
    DROP_TRUNCATED_REPEAT,
    DROP_TITLE_GLUED_LINE,
    TITLE_SUFFIX_REGEX,
    META_LINE_REGEX,
    DATELINE_REGEX,
    OUTLET_NAME;

    /** The spelling used in the rules file, e.g. {@code drop-line-prefix}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<RuleKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    static String allKeys() {
        return Arrays.stream(values()).map(RuleKind::key).collect(Collectors.joining(", "));
    }
}
