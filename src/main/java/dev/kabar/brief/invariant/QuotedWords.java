package dev.kabar.brief.invariant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reaction given as {@code Speaker: “words”}: the speaker the briefing named and the words quoted. */
record QuotedWords(String speaker, String words) {

    private static final Pattern SPEAKER_QUOTE = Pattern.compile("(?s)^([^“:]{1,120}): “(.*)”$");

    static Optional<QuotedWords> parse(String text) {
        Matcher m = SPEAKER_QUOTE.matcher(text);
        return m.matches() ? Optional.of(new QuotedWords(m.group(1).strip(), m.group(2))) : Optional.empty();
    }

    /** The words of {@code text} that must be verbatim in a cited passage. */
    static String of(String text) {
        return parse(text).map(QuotedWords::words).orElse(text);
    }
}
