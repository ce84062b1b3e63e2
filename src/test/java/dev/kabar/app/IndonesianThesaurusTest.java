package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kabar starts as it does today without a usable thesaurus, and reads one only when synonyms are on. */
class IndonesianThesaurusTest {

    @TempDir
    Path dir;

    private Path thesaurus(String firstLine) throws IOException {
        Files.writeString(dir.resolve("th.dat"), firstLine + "\nmeninggal|1\n[v]|wafat\n", StandardCharsets.UTF_8);
        return dir.resolve("th");
    }

    @Test
    void should_widen_questions_when_synonyms_are_on_and_the_thesaurus_reads() throws IOException {
        assertThat(IndonesianThesaurus.load(thesaurus("UTF-8"), 0.3).enabled()).isTrue();
    }

    @Test
    void should_not_widen_when_the_weight_is_zero_even_with_a_thesaurus() throws IOException {
        assertThat(IndonesianThesaurus.load(thesaurus("UTF-8"), 0).enabled()).isFalse();
    }

    @Test
    void should_work_without_synonyms_when_the_thesaurus_is_missing() {
        assertThat(IndonesianThesaurus.load(dir.resolve("nothing"), 0.3).enabled()).isFalse();
    }

    @Test
    void should_work_without_synonyms_when_the_thesaurus_is_unreadable() throws IOException {
        assertThat(IndonesianThesaurus.load(thesaurus("no-such-encoding-x"), 0.3).enabled()).isFalse();
    }
}
