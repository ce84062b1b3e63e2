package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled story (the June 2024 Russia–North Korea pact) stays out of the code: no person,
 * place or phrase of it in Java, neither in rules and word lists nor in comments. General knowledge
 * lives in the word lists under {@code dev/kabar/text/}; what belongs to a corpus ships with it.
 */
class StoryNamesTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** The story's names and phrases, as whole words in any case. */
    private static final Pattern STORY = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
            + "putin|vladimir|kim jong|kim hong kyun|korut|korsel|pyongyang|rusia|russia|korea|1961|pakta|moskow"
            + "|moscow|yoon|kishida|xi jinping|ukraina|ukraine|jepang|japan|tiongkok|china|amerika|washington"
            + "|seoul|tokyo|beijing|kremlin|lavrov|peskov|stoltenberg|easley|zinoviev|signatories"
            + ")(?![\\p{L}\\p{N}])");

    @Test
    void should_name_nobody_of_the_bundled_story_in_the_code() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = STORY.matcher(lines.get(i));
                    while (m.find()) {
                        hits.add(MAIN.relativize(file) + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertThat(hits)
                .as("story names in Java: move general knowledge to dev/kabar/text/, use a neutral example in comments")
                .isEmpty();
    }

    @Test
    void should_find_a_story_name_as_a_whole_word_only() {
        assertThat(STORY.matcher("“… itu,” kata PUTIN.").find()).isTrue();
        assertThat(STORY.matcher("Kim Jong-un tiba").find()).isTrue();
        assertThat(STORY.matcher("Korean names; Chinese food; 19610").find()).isFalse();
    }
}
