package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private static final Pattern BROKEN_ENTITY = Pattern.compile("&[a-z]*$|^[a-z]*;");
    private static final Pattern BROKEN_MARKER = Pattern.compile("\\[\\d*$|^\\d*]");

    private final MessageSplitter splitter = new MessageSplitter();

    @Test
    void should_keep_a_short_message_whole() {
        assertThat(splitter.split("Pakta ditandatangani [1].")).containsExactly("Pakta ditandatangani [1].");
    }

    @Test
    void should_split_long_html_at_paragraphs_without_breaking_tags_entities_or_markers() {
        Random random = new Random(7);
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 40; p++) {
            for (int w = 0; w < 20 + random.nextInt(40); w++) {
                html.append(switch (random.nextInt(5)) {
                    case 0 -> "R&amp;D ";
                    case 1 -> "[" + (1 + random.nextInt(12)) + "] ";
                    case 2 -> "<a href=\"https://kabar.example/a/x#p" + w + "\">judul berita panjang</a> ";
                    case 3 -> "<b>Sumber</b> ";
                    default -> "kata ";
                });
            }
            html.append("\n\n");
        }

        List<String> parts = splitter.split(html.toString());

        assertThat(parts).hasSizeGreaterThan(1);
        for (String part : parts) {
            assertThat(part.length()).isLessThanOrEqualTo(MessageSplitter.LIMIT);
            assertThat(count(part, "<a ")).isEqualTo(count(part, "</a>"));
            assertThat(count(part, "<b>")).isEqualTo(count(part, "</b>"));
            assertThat(BROKEN_ENTITY.matcher(part).find()).as(part).isFalse();
            assertThat(BROKEN_MARKER.matcher(part).find()).as(part).isFalse();
        }
        assertThat(String.join("", parts).replaceAll("\\s", "")).isEqualTo(html.toString().replaceAll("\\s", ""));
        assertThat(parts.getFirst()).doesNotContain("\n\n\n");
    }

    @Test
    void should_not_cut_an_entity_when_one_word_exceeds_the_limit() {
        String word = "&amp;".repeat(2000);

        List<String> parts = splitter.split(word);

        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(MessageSplitter.LIMIT);
            assertThat(p.replace("&amp;", "")).isEmpty();
        });
        assertThat(String.join("", parts)).isEqualTo(word);
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }
}
