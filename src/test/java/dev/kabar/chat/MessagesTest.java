package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.text.Language;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void should_hold_every_key_in_both_languages_with_the_same_placeholders() {
        Map<String, String> id = Messages.all(Language.ID, "");
        Map<String, String> en = Messages.all(Language.EN, "");

        assertThat(id.keySet()).isEqualTo(en.keySet());
        id.forEach((key, text) -> assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(text)));
        assertThat(id.values()).allSatisfy(v -> assertThat(v).isNotBlank().doesNotStartWith(" "));
    }

    @Test
    void should_fill_placeholders_as_written_without_grouping_or_apostrophe_rules() {
        assertThat(Messages.text(Language.EN, "question.too-long", 12000, 2000))
                .isEqualTo("the question has 12000 characters; the limit is 2000: shorten it");
        assertThat(Messages.text(Language.EN, "telegram.lang-set")).isEqualTo("OK, I'll speak English.");
        assertThat(Messages.text(Language.ID, "brief.title", "{1} $0 \\")).isEqualTo("Ringkasan: {1} $0 \\");
    }

    @Test
    void should_read_the_files_as_utf_8() {
        assertThat(Messages.text(Language.ID, "telegram.help.commands")).contains("—");
        assertThat(Messages.text(Language.ID, "telegram.help.examples")).startsWith("• ");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
