package dev.kabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceWordsTest {

    @Test
    void should_read_every_kind_of_stance_word_from_the_file() {
        assertThat(StanceWords.of(StanceWords.Kind.STANCE)).contains("mengecam", "warned");
        assertThat(StanceWords.of(StanceWords.Kind.STANCE_NOUN)).contains("penyesalan", "tanggapan");
        assertThat(StanceWords.of(StanceWords.Kind.VOICING)).contains("menyatakan", "expressed");
        assertThat(StanceWords.of(StanceWords.Kind.OF_PARTY)).contains("tanggapan", "response")
                .doesNotContain("mengecam");
    }

    @Test
    void should_read_title_words_apart_from_role_words() {
        assertThat(TitleWords.contains("kabinet")).isTrue();
        assertThat(TitleWords.contains("presiden")).isFalse();
    }
}
