package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFallbackTest {

    private static final String BODY = "Banjir merendam ratusan rumah di Bekasi pada Senin. Warga mengungsi ke masjid.";

    @Test
    void should_keep_a_headline_when_it_starts_with_a_capital_or_a_digit() {
        assertThat(TitleFallback.choose("Banjir Rendam Bekasi", BODY)).isEqualTo("Banjir Rendam Bekasi");
        assertThat(TitleFallback.choose("3 Hal Soal Banjir", BODY)).isEqualTo("3 Hal Soal Banjir");
    }

    @Test
    void should_take_the_lede_when_the_title_is_empty_or_a_lower_case_fragment() {
        assertThat(TitleFallback.choose("", BODY)).isEqualTo(BODY);
        assertThat(TitleFallback.choose("di Bekasi, warga mengungsi ke masjid. (Antara)", BODY)).isEqualTo(BODY);
        assertThat(TitleFallback.choose("di Bekasi, warga mengungsi", "")).isEqualTo("di Bekasi, warga mengungsi");
    }
}
