package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LinePatternTest {

    @Test
    void should_try_a_start_anchored_pattern_at_the_start_only() {
        assertThat(of("^MEMBACA\\s").startAnchored()).isTrue();
        assertThat(of("(?i)^(Tag|Tags)\\s*:").startAnchored()).isTrue();
        assertThat(of("^a|b").startAnchored()).as("top-level alternative").isFalse();
        assertThat(of("(?m)^a").startAnchored()).as("multi-line").isFalse();
        assertThat(of("(?im)^a").startAnchored()).isFalse();
        assertThat(of("\\Q(\\E|^a").startAnchored()).isFalse();
        assertThat(LinePattern.of(Pattern.compile("^a", Pattern.MULTILINE)).startAnchored()).isFalse();
        assertThat(of("\\bVerified Writer\\b").startAnchored()).isFalse();
    }

    @Test
    void should_require_the_last_character_only_for_an_escaped_mark_before_the_end() {
        assertThat(of("\\s*\\((?:[a-z]{2,6}/)+[a-z]{2,6}\\)$").lastChar()).isEqualTo(')');
        assertThat(of("\\)?$").lastChar()).as("optional").isEqualTo((char) 0);
        assertThat(of("(\\\\)$").lastChar()).as("an escaped backslash, then a group's end").isEqualTo((char) 0);
        assertThat(of("(a\\)|b)$").lastChar()).isEqualTo((char) 0);
        assertThat(of("x|\\)$").lastChar()).isEqualTo((char) 0);
        assertThat(of("\\d$").lastChar()).as("a class, not a literal").isEqualTo((char) 0);
        assertThat(of("abc").lastChar()).isEqualTo((char) 0);
    }

    @Test
    void should_take_as_literal_only_text_every_match_holds() {
        assertThat(LinePattern.longestLiteral("\\bVerified Writer\\b")).isEqualTo("Verified Writer");
        assertThat(LinePattern.longestLiteral("[a-z]{2,6}\\)")).isEqualTo(")");
        assertThat(LinePattern.longestLiteral("abc?d")).isEqualTo("ab");
        assertThat(LinePattern.longestLiteral("x\\.?yz")).isEqualTo("yz");
        assertThat(LinePattern.longestLiteral("\\p{Lu}\\p{L}+ ab")).isEqualTo(" ab");
        assertThat(LinePattern.longestLiteral("\\x41\\x42C")).isEmpty();
        assertThat(LinePattern.longestLiteral("(abcdef)x")).isEqualTo("x");
        assertThat(of("\\bVerified Writer\\b").literal()).isEqualTo("Verified Writer");
        assertThat(of("(?i)verified writer").literal()).as("case-insensitive").isEmpty();
        assertThat(LinePattern.of(Pattern.compile("ab", Pattern.CASE_INSENSITIVE)).literal()).isEmpty();
        assertThat(of("ab|cd").literal()).isEmpty();
    }

    @Test
    void should_find_exactly_what_the_regex_finds_for_every_bundled_rule() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "MEMBACA juga", "x MEMBACA y", "ADVERTISEMENT",
                "Tags: a", "tag : b", "Foto bersama (Reuters)", "Teks (ant/hrv)", "Teks (ant/hrv)\n",
                "Teks (ant/hrv)\n\n", "Oleh Budi Santoso", "a\nOleh Budi", "oleh budi", "Dia Verified Writer",
                "Ikuti kami di Google News", "12 Komentar", "Halaman selanjutnya", "Topik : politik"));
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        List<String> rules = Files.readAllLines(Path.of("config/furniture.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("-regex:") && !l.startsWith("#"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .toList();
        assertThat(rules).hasSizeGreaterThan(10);
        for (String rule : rules) {
            Pattern p = Pattern.compile(rule, Pattern.UNICODE_CHARACTER_CLASS);
            LinePattern line = LinePattern.of(p);
            for (String l : lines) {
                assertThat(line.finds(l)).as(rule + " on " + l).isEqualTo(p.matcher(l).find());
            }
        }
    }

    private static LinePattern of(String regex) {
        return LinePattern.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
    }
}
