package dev.kabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndonesianStemmerTest {

    private static List<String> stems(String... words) {
        return List.of(words).stream().map(IndonesianStemmer::stem).distinct().toList();
    }

    @Test
    void should_meet_at_one_key_when_forms_share_a_root() {
        // a bare root ending in -an loses it ("tandatangan" gives "tandatang"): no dictionary, no way to know
        assertThat(stems("menandatangani", "ditandatangani", "penandatanganan", "tandatangani"))
                .containsExactly("tandatangan");
        assertThat(stems("mengatakan", "dikatakan", "katanya", "berkata", "kata")).hasSize(1);
        assertThat(stems("menyatakan", "dinyatakan", "pernyataan")).hasSize(1);
        assertThat(stems("memperingatkan", "diperingatkan", "peringatan", "ingat")).containsExactly("ingat");
        assertThat(stems("memanggil", "dipanggil", "pemanggilan", "panggil")).containsExactly("panggil");
        assertThat(stems("perjanjian", "menjanjikan", "janji")).containsExactly("janji");
        assertThat(stems("bantuan", "membantu", "dibantu")).containsExactly("bantu");
        assertThat(stems("kunjungan", "kunjungannya", "mengunjungi", "berkunjung")).hasSize(1);
    }

    @Test
    void should_leave_short_words_numbers_and_plain_roots_alone() {
        assertThat(IndonesianStemmer.stem("perang")).isEqualTo("perang");
        assertThat(IndonesianStemmer.stem("kerja")).isEqualTo(IndonesianStemmer.stem("bekerja"));
        assertThat(IndonesianStemmer.stem("masalah")).isNotEqualTo(IndonesianStemmer.stem("masa"));
        assertThat(IndonesianStemmer.stem("dewan")).isEqualTo("dewan");
        assertThat(IndonesianStemmer.stem("1961")).isEqualTo("1961");
        assertThat(IndonesianStemmer.stem("5.000")).isEqualTo("5.000");
        assertThat(IndonesianStemmer.stem("di")).isEqualTo("di");
    }

    @Test
    void should_strip_particles_and_possessives() {
        assertThat(IndonesianStemmer.stem("berapakah")).isEqualTo(IndonesianStemmer.stem("berapa"));
        assertThat(IndonesianStemmer.stem("negaranya")).isEqualTo(IndonesianStemmer.stem("negara"));
    }
}
