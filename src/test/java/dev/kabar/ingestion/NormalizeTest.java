package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written line normaliser against the two regex replacements it stands for. */
class NormalizeTest {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B\\u200C\\u200D\\uFEFF\\x00-\\x08\\x0A-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final char[] ALPHABET = {'a', 'b', ' ', ' ', '\t', '\u00A0', '\u2007', '\u202F', '\u200B',
        '\u200C', '\u200D', '\uFEFF', '\u3000', '\n', 'é', '\u001B', '\u0000', '\u0085', '\u202E', '\u2066'};

    @Test
    void should_match_the_regex_normalisation_when_given_random_lines() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                line.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = line.toString();
            String expected = SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
            assertThat(ArticleCleaner.normalize(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(expected);
        }
    }
}
