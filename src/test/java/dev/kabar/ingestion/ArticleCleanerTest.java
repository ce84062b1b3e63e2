package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Datelines, bylines and furniture seen on Indonesian sites beyond the five bundled articles. */
class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(FurnitureRules.load(Path.of("config/furniture.txt")));

    private CleanedText clean(String text) {
        return cleaner.cleanWithTitleLine(text);
    }

    @Test
    void should_take_outlet_and_keep_the_sentence_when_the_first_paragraph_has_a_dateline() {
        assertThat(clean("T\nJAKARTA, KOMPAS.com - Presiden tiba pagi ini.\n")).satisfies(c -> {
            assertThat(c.outlet()).isEqualTo("Kompas.com");
            assertThat(c.body()).isEqualTo("Presiden tiba pagi ini.");
        });
        assertThat(clean("T\nJakarta, CNN Indonesia -- Harga naik.").outlet()).isEqualTo("CNN Indonesia");
        assertThat(clean("T\nLiputan6.com, Jakarta - Harga turun.").outlet()).isEqualTo("Liputan6.com");
        assertThat(clean("T\nSEOUL (Reuters) – Korea menembak.").outlet()).isEqualTo("Reuters");
        assertThat(clean("T\nSuara.com - Cerita sekuel bocor.").body()).isEqualTo("Cerita sekuel bocor.");
    }

    @Test
    void should_not_invent_an_outlet_when_the_dateline_is_only_a_place() {
        CleanedText c = clean("T\nPyongyang: Presiden Rusia tiba.");
        assertThat(c.outlet()).isEmpty();
        assertThat(c.body()).isEqualTo("Presiden Rusia tiba.");
    }

    @Test
    void should_not_take_a_hyphenated_name_for_a_dateline() {
        CleanedText c = clean("T\nJakarta, Kim Jong-un berkata hal lain.");
        assertThat(c.outlet()).isEmpty();
        assertThat(c.body()).isEqualTo("Jakarta, Kim Jong-un berkata hal lain.");
    }

    @Test
    void should_read_byline_and_date_when_printed_in_indonesian_or_short_forms() {
        assertThat(clean("T\nBudi Santoso • 5 Agu 2024 10:00 WIB\nIsi berita.").published()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(clean("T\nKamis, 20 Juni 2024 08:46 WIB\nIsi berita.").published()).isEqualTo(LocalDate.of(2024, 6, 20));
        CleanedText c = clean("T\nIsi berita.\nPenulis: Sari Dewi\nEditor: Andi");
        assertThat(c.byline()).isEqualTo("Sari Dewi");
        assertThat(c.body()).isEqualTo("Isi berita.");
    }

    @Test
    void should_keep_a_sentence_starting_with_oleh_when_it_is_not_a_byline() {
        CleanedText c = clean("T\nOleh karena itu, pemerintah menunda rencana.");
        assertThat(c.byline()).isEmpty();
        assertThat(c.body()).isEqualTo("Oleh karena itu, pemerintah menunda rencana.");
    }

    @Test
    void should_remove_promos_counters_and_trailing_initials() {
        CleanedText c = clean("""
                Judul
                ADVERTISEMENT
                SCROLL TO CONTINUE WITH CONTENT
                Kalimat pertama berita.
                Simak juga: Video lain
                Lihat Juga: Foto lain
                Artikel ini telah tayang di Kompas.com dengan judul "X".
                Dapatkan update berita pilihan setiap hari.
                Halaman selanjutnya
                12 Komentar
                Tag: Rusia, Korut
                Kalimat terakhir, kata dia. (ant/rdn)
                Foto kerumunan warga di alun-alun. (Foto: ANTARA/Budi)
                """);
        assertThat(c.body()).isEqualTo("Kalimat pertama berita.\n\nKalimat terakhir, kata dia.");
        assertThat(c.removedLines()).isEqualTo(10); // the initials line is kept, shortened
    }

    @Test
    void should_keep_a_sentence_ending_in_a_bracketed_abbreviation() {
        CleanedText c = clean("T\nIa bekerja untuk Amerika Serikat (AS).\nMembaca buku adalah hobinya (Reuters).");
        assertThat(c.body()).isEqualTo("Ia bekerja untuk Amerika Serikat (AS).\n\nMembaca buku adalah hobinya (Reuters).");
    }

    @Test
    void should_shorten_a_fallback_title_to_the_sentences_that_fit() {
        String first = "Ketua MPR Zulkifli Hasan menyesalkan kisruh yang terjadi antara pelaku transportasi.";
        assertThat(TitleFallback.of(first + " Zulkifli menyarankan adanya pertemuan bersama antara pemerintah dan pelaku.\nLain."))
                .isEqualTo(first);
        assertThat(TitleFallback.of("kata ".repeat(40))).endsWith(" …").hasSizeLessThanOrEqualTo(TitleFallback.MAX_CHARS + 2);
    }
}
