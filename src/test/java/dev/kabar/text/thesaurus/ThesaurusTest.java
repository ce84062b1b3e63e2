package dev.kabar.text.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesaurusTest {

    @TempDir
    Path dir;

    private Path write(String charset, byte[] body) throws IOException {
        Path base = dir.resolve("th_test");
        byte[] head = (charset + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        Files.write(dir.resolve("th_test.dat"), all);
        return base;
    }

    @Test
    void should_read_entries_without_antonyms_or_phrases_when_the_file_is_iso_8859_1() throws IOException {
        String dat = String.join("\n",
                "meninggal|2",
                "[v]|berpulang|tutup usia|wafat|tewas",
                "[ant]|hidup",
                "kafe|1",
                "(n)|café|warung",
                "");
        Path base = write("ISO-8859-1", dat.getBytes(StandardCharsets.ISO_8859_1));

        Thesaurus thesaurus = Thesaurus.read(base);

        assertThat(thesaurus.of("meninggal")).containsExactly("berpulang", "wafat", "tewas");
        assertThat(thesaurus.of("kafe")).containsExactly("cafe", "warung");
        assertThat(thesaurus.of("hidup")).isEmpty();
        assertThat(thesaurus.skipped()).isZero();
    }

    @Test
    void should_skip_and_count_entries_that_break_the_format() throws IOException {
        String dat = String.join("\n",
                "rusak|x",
                "[a]|bejat",
                "pendiri|1",
                "[n]|pembangun|penggagas",
                "putus|3",
                "[v]|patah",
                "");
        Thesaurus thesaurus = Thesaurus.read(write("UTF-8", dat.getBytes(StandardCharsets.UTF_8)));

        assertThat(thesaurus.of("pendiri")).containsExactly("pembangun", "penggagas");
        assertThat(thesaurus.of("rusak")).isEmpty();
        assertThat(thesaurus.skipped()).isEqualTo(4); // rusak|x, its meaning line, putus|3 (too short), its line
        assertThat(thesaurus.size()).isEqualTo(1);
    }

    @Test
    void should_refuse_in_one_line_a_file_whose_first_line_is_no_encoding() throws IOException {
        Path base = write("meninggal|1", "[v]|wafat\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Thesaurus.read(base))
                .isInstanceOf(ThesaurusException.class)
                .hasMessageContaining("names no known encoding")
                .hasMessageNotContaining("\n");
    }

    @Test
    void should_refuse_in_one_line_bytes_that_are_not_the_named_encoding() throws IOException {
        Path base = write("UTF-8", "kafe|1\n(n)|caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> Thesaurus.read(base))
                .isInstanceOf(ThesaurusException.class)
                .hasMessageContaining("is not valid UTF-8")
                .hasMessageNotContaining("\n");
    }

    @Test
    void should_say_a_missing_thesaurus_does_not_exist() {
        Path base = dir.resolve("nothing");

        assertThat(Thesaurus.exists(base)).isFalse();
        assertThatThrownBy(() -> Thesaurus.read(base))
                .isInstanceOf(ThesaurusException.class)
                .hasMessageStartingWith("cannot read thesaurus " + dir.resolve("nothing.dat"));
    }
}
