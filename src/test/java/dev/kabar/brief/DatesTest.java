package dev.kabar.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {

    /** Thursday 20 June 2024, the day the pact articles were published. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 6, 20);

    private static List<String> dates(String text, LocalDate reference) {
        return Dates.find(text, reference).stream().map(When::date).toList();
    }

    @Test
    void should_read_full_dates_in_indonesian_and_english_without_a_reference() {
        assertThat(dates("ditandatangani pada Rabu, 19 Juni 2024, di Pyongyang", null)).containsExactly("2024-06-19");
        assertThat(dates("memanggil Duta Besar pada Jumat (21/6/2024).", null)).containsExactly("2024-06-21");
        assertThat(dates("The pact was signed on June 19, 2024 in Pyongyang", null)).containsExactly("2024-06-19");
        assertThat(dates("published 20 June 2024 08:46", null)).containsExactly("2024-06-20");
        assertThat(dates("invasi pada Februari 2022 dalam", null)).containsExactly("2022-02");
    }

    @Test
    void should_resolve_relative_dates_against_the_reference() {
        assertThat(dates("berpose di Pyongyang, Rabu (19/6).", THURSDAY)).containsExactly("2024-06-19");
        assertThat(dates("Putin pada hari Rabu mengatakan", THURSDAY)).containsExactly("2024-06-19");
        assertThat(dates("Badan berita pada hari Kamis merilis", THURSDAY)).containsExactly("2024-06-20");
        assertThat(dates("Financial Times melaporkan pada bulan Maret bahwa", THURSDAY)).containsExactly("2024-03");
        assertThat(dates("kunjungan Kim pada bulan September, ketika", THURSDAY)).containsExactly("2023-09");
        assertThat(dates("Seoul kemarin memanggil duta besar", THURSDAY)).containsExactly("2024-06-19");
        assertThat(dates("Putin said on Wednesday that", THURSDAY)).containsExactly("2024-06-19");
    }

    @Test
    void should_skip_relative_dates_without_a_reference_and_never_guess() {
        assertThat(dates("Putin pada hari Rabu mengatakan", null)).isEmpty();
        assertThat(dates("Rabu (19/6)", null)).isEmpty();
        assertThat(dates("pada Jumat (31/6/2024)", null)).isEmpty();
        assertThat(dates("you may mar it in jan", THURSDAY)).isEmpty();
    }

    @Test
    void should_read_years_and_lists_of_years() {
        assertThat(dates("perjanjian pertahanan dibatalkan pada1996.", null)).containsExactly("1996");
        assertThat(dates("perjanjian yang ditandatangani pada 1961, 2000, dan 2001.", null)).containsExactly("1961");
        assertThat(Dates.find("pada 1961, 2000, dan 2001.", null).getFirst().expression())
                .isEqualTo("pada 1961, 2000, dan 2001");
        assertThat(dates("kunjungannya tahun 2019.", null)).containsExactly("2019");
        assertThat(dates("101 lantai dan 5000 tentara", null)).isEmpty();
    }

    @Test
    void should_not_read_a_law_number_as_a_year_when_a_law_is_cited() {
        assertThat(dates("diatur dalam Undang-Undang Nomor 3 Tahun 2017 tentang Sistem Perbukuan.", THURSDAY)).isEmpty();
        assertThat(dates("sesuai UU No. 1/2023 tentang KUHP yang berlaku", THURSDAY)).isEmpty();
        assertThat(dates("Perpres No. 12 tahun 2023 itu", THURSDAY)).isEmpty();
        assertThat(dates("disahkan pada 2023 lewat Undang-Undang Nomor 1 Tahun 2023", THURSDAY)).containsExactly("2023");
        assertThat(dates("kunjungan pertama ke Pyongyang sejak 2000.", THURSDAY)).containsExactly("2000");
    }
}
