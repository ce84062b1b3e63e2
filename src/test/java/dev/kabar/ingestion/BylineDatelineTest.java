package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Bylines and date lines in the forms Indonesian and English outlets print them: read into the
 * metadata and taken out of the text, while sentences that only look like them stay. Made-up
 * outlets and people.
 */
class BylineDatelineTest {

    private static final LocalDate JUNE_20 = LocalDate.of(2024, 6, 20);

    private final ArticleCleaner cleaner = new ArticleCleaner(FurnitureRules.load(Path.of("config/furniture.txt")));

    private CleanedText clean(String text) {
        return cleaner.cleanWithTitleLine(text);
    }

    @Test
    void should_read_an_indonesian_byline_with_two_authors_and_drop_the_line() {
        CleanedText c = clean("Judul\nOleh Rina Halim dan Tomas Ortega-Lee\nBanjir merendam tiga desa.");
        assertThat(c.byline()).isEqualTo("Rina Halim dan Tomas Ortega-Lee");
        assertThat(c.body()).isEqualTo("Banjir merendam tiga desa.");
    }

    @Test
    void should_read_an_english_byline_and_a_list_of_authors() {
        assertThat(clean("Title\nBy Jane Doe and Marco Viel\nFloods hit three villages.").byline())
                .isEqualTo("Jane Doe and Marco Viel");
        assertThat(clean("Judul\nOleh: Sari Dewi, Andi Wijaya dan Budi Karno\nIsi.").byline())
                .isEqualTo("Sari Dewi, Andi Wijaya dan Budi Karno");
    }

    @Test
    void should_take_the_writer_but_not_the_editor_from_a_penulis_line() {
        CleanedText c = clean("Judul\nBanjir merendam tiga desa.\nPenulis: Sari Dewi | Editor: Andi Wijaya");
        assertThat(c.byline()).isEqualTo("Sari Dewi");
        assertThat(c.body()).isEqualTo("Banjir merendam tiga desa.");
        assertThat(clean("Judul\nReporter: Rina Halim\nIsi.").byline()).isEqualTo("Rina Halim");
        assertThat(clean("Title\nText.\nReporting by Jane Doe; Editing by Marco Viel").byline()).isEqualTo("Jane Doe");
    }

    @Test
    void should_read_outlet_and_numeric_date_from_a_domain_date_line() {
        CleanedText c = clean("Judul\nWartaKota.com - 05/03/2025, 14:20 WIB\nHarga cabai naik.");
        assertThat(c.outlet()).isEqualTo("WartaKota.com");
        assertThat(c.published()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(c.body()).isEqualTo("Harga cabai naik.");
    }

    @Test
    void should_read_a_name_and_date_line_with_a_bullet() {
        CleanedText c = clean("Judul\nRina Halim • 20 June 2024 08:46\nIsi berita.");
        assertThat(c.byline()).isEqualTo("Rina Halim");
        assertThat(c.published()).isEqualTo(JUNE_20);
        assertThat(c.body()).isEqualTo("Isi berita.");
    }

    @Test
    void should_read_date_lines_with_weekday_time_zone_or_english_month_first() {
        assertThat(clean("Judul\nKamis, 20 Juni 2024 08:46 WIB\nIsi.").published()).isEqualTo(JUNE_20);
        assertThat(clean("Judul\n20/06/2024, 08:46 WIB\nIsi.").published()).isEqualTo(JUNE_20);
        assertThat(clean("Judul\nDiperbarui: Kamis, 20 Juni 2024 pukul 08.46 WIB\nIsi.").published()).isEqualTo(JUNE_20);
        assertThat(clean("Title\nThursday, June 20, 2024 8:46 AM\nText.").published()).isEqualTo(JUNE_20);
        assertThat(clean("Title\nText.\nPublished: 20 June 2024").body()).isEqualTo("Text.");
    }

    @Test
    void should_cut_datelines_with_outlet_and_keep_the_sentence() {
        CleanedText c = clean("Judul\nMEDAN, WARTAKOTA.com – Harga cabai naik.");
        assertThat(c.outlet()).isEqualTo("WARTAKOTA.com");
        assertThat(c.body()).isEqualTo("Harga cabai naik.");
        CleanedText agency = clean("Title\nLIMA, June 20 (Newswire) - Prices rose.");
        assertThat(agency.outlet()).isEqualTo("Newswire");
        assertThat(agency.body()).isEqualTo("Prices rose.");
    }

    @Test
    void should_keep_sentences_that_only_look_like_bylines_or_dates() {
        String body = "Penulis buku itu, Rina Halim, hadir.\n\nBy the end of June prices rose.\n\n"
                + "Oleh sebab itu warga mengungsi.\n\nPada 20 Juni 2024 banjir datang.";
        CleanedText c = clean("Judul\n" + body.replace("\n\n", "\n"));
        assertThat(c.body()).isEqualTo(body);
        assertThat(c.byline()).isEmpty();
        assertThat(c.published()).isNull();
    }

    @Test
    void should_keep_a_day_in_digits_alone_since_it_may_be_the_whole_text() {
        CleanedText c = clean("Judul\n19/6/2024");
        assertThat(c.body()).isEqualTo("19/6/2024");
        assertThat(clean("Judul\nKamis, 20/06/2024\nIsi.").published()).isEqualTo(JUNE_20);
    }

    @Test
    void should_not_take_an_impossible_date() {
        assertThat(clean("Judul\nKamis, 31 Juni 2024 08:46 WIB\nIsi.").published()).isNull();
    }
}
