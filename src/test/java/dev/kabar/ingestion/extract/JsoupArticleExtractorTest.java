package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whole pages modelled on real outlets' structures: metadata found, body kept, furniture gone. */
class JsoupArticleExtractorTest {

    private final ArticleExtractor extractor = Fixtures.extractor();

    private ExtractedArticle extract(String name) throws ExtractionException {
        return extractor.extract(Fixtures.page(name, "https://www.example.test/page.html")).article();
    }

    @Test
    void should_read_json_ld_metadata_and_drop_inserts_ads_captions_and_lists_when_page_is_kompas_style()
            throws ExtractionException {
        ExtractedArticle a = extract("kompas-style.html");

        assertThat(a.title()).isEqualTo("Banjir Rendam 12 Desa di Kabupaten Contoh");
        assertThat(a.byline()).isEqualTo("Rina Lestari, Budi Santoso");
        assertThat(a.published()).map(Published::iso).hasValue("2026-03-05T14:20:00+07:00");
        assertThat(a.outlet()).isEqualTo("Kompas.com");
        assertThat(a.url()).isEqualTo("https://regional.kompas.example/read/2026/03/05/142000/banjir-rendam-12-desa");
        assertThat(a.language()).isEqualTo("id");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().getFirst()).startsWith("Banjir merendam 12 desa"); // dateline cut by the furniture rules
        assertThat(a.text()).contains("Sebanyak 1.240 warga", "hingga akhir pekan.")
                .doesNotContain("Baca juga", "Hujan Deras, Sungai Meluap", "ADVERTISEMENT", "SCROLL TO CONTINUE",
                        "perahu karet", "Dapatkan update", "Berita Terkait", "Terpopuler", "Semoga cepat surut",
                        "Copyright", "Bagikan", "Selanjutnya", "Editor");
    }

    @Test
    void should_take_the_printed_time_when_the_meta_date_has_no_zone_and_drop_the_ad_scroller_when_page_is_detik_style()
            throws ExtractionException {
        ExtractedArticle a = extract("detik-style.html");

        assertThat(a.published()).map(Published::iso).hasValue("2026-03-05T14:20:00+07:00");
        assertThat(a.byline()).isEqualTo("Andi Wijaya");
        assertThat(a.outlet()).isEqualTo("detikNews");
        assertThat(a.url()).isEqualTo("https://news.detik.example/berita/d-7000001/jalur-kereta-baru");
        assertThat(a.text()).contains("Kementerian Perhubungan akan menguji coba", "menghindari kecelakaan.")
                .doesNotContain("Simak juga", "Stasiun Baru Dibangun", "ADVERTISEMENT", "Komentar", "(ygp/idn)",
                        "Terpopuler", "Rangkaian kereta uji coba", "detikNetwork");
    }

    @Test
    void should_decode_utf8_bytes_and_find_the_byline_line_when_page_declares_iso_8859_1() throws ExtractionException {
        byte[] bytes = Fixtures.bytes("antara-style-wrong-charset.html");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("charset=iso-8859-1");

        ExtractedArticle a = extract("antara-style-wrong-charset.html");

        assertThat(a.text()).contains("“Sumber Rejeki”", "Café dan roastery").doesNotContain("â€", "Ã©");
        assertThat(a.byline()).isEqualTo("Siti Aminah");
        assertThat(a.published()).map(Published::iso).hasValue("2026-03-05T14:20:00+07:00");
        assertThat(a.outlet()).isEqualTo("ANTARA News");
        assertThat(a.text()).doesNotContain("Pewarta", "Editor", "COPYRIGHT", "Terpopuler");
    }

    @Test
    void should_find_the_article_in_a_json_ld_graph_and_drop_the_baca_juga_box_when_page_is_liputan6_style()
            throws ExtractionException {
        ExtractedArticle a = extract("liputan6-style.html");

        assertThat(a.byline()).isEqualTo("Putri Maharani"); // "Oleh" cut off
        assertThat(a.published()).map(Published::iso).hasValue("2026-03-05T07:20:00Z");
        assertThat(a.url()).isEqualTo("https://www.liputan6.example/news/read/5000001/beasiswa-daerah-tertinggal");
        assertThat(a.language()).isEqualTo("id"); // og:locale id_ID
        assertThat(a.text()).startsWith("Pemerintah menyiapkan 5.000 beasiswa")
                .contains("mengabdi di daerah asal")
                .doesNotContain("Baca Juga", "Kampus Negeri Tambah Kuota", "Ilustrasi wisuda", "Tag Terkait");
    }

    @Test
    void should_keep_subheadings_and_drop_comments_longer_than_the_article_when_page_is_english()
            throws ExtractionException {
        ExtractedArticle a = extract("english-style.html");

        assertThat(a.byline()).isEqualTo("Jane Doe, John Roe");
        assertThat(a.published()).map(Published::iso).hasValue("2026-03-05T09:30:00Z");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.title()).isEqualTo("Port city opens its first floating solar farm");
        assertThat(a.paragraphs()).contains("A cheaper kind of land");
        assertThat(a.text()).contains("a report by an energy think tank", "second phase doubles")
                .doesNotContain("Panels on the reservoir", "Share on", "Related", "Solar tariffs", "Sign up",
                        "Comments", "strong winds", "All rights reserved", "By Jane Doe");
    }

    @Test
    void should_name_the_next_page_when_the_article_goes_on() throws ExtractionException {
        ExtractedPage page = extractor.extract(Fixtures.page("tempo-style-page1.html",
                "https://nasional.tempo.example/read/1800001/cerita-nelayan-cuaca-ekstrem"));

        assertThat(page.nextPage()).hasValue(
                URI.create("https://nasional.tempo.example/read/1800001/cerita-nelayan-cuaca-ekstrem?page=2"));
        assertThat(page.article().byline()).isEqualTo("Yusuf Hakim");
        assertThat(page.article().text()).doesNotContain("Halaman", "Artikel Terkait");
    }

    @Test
    void should_leave_unknown_fields_empty_when_a_bare_page_says_nothing_about_itself() throws ExtractionException {
        String html = "<html><body><div><p>" + "Sebuah paragraf yang cukup panjang untuk menjadi isi berita. ".repeat(4)
                + "</p><p>" + "Paragraf kedua juga berisi kalimat yang lengkap dan jelas. ".repeat(3) + "</p></div></body></html>";

        ExtractedArticle a = extractor.extract(new WebPage(URI.create("file:///tmp/x.html"),
                html.getBytes(StandardCharsets.UTF_8), "")).article();

        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.url()).isEmpty();
        assertThat(a.byline()).isEmpty();
        assertThat(a.outlet()).isEmpty();
        assertThat(a.published()).isEmpty();
        assertThat(a.language()).isEqualTo("id"); // from the body's words
    }

    @Test
    void should_refuse_with_one_clear_line_when_bytes_are_not_an_html_page() {
        assertThatThrownBy(() -> extractor.extract(page("{\"not\": \"html\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("not an HTML page");
        assertThatThrownBy(() -> extractor.extract(page(new byte[0])))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("empty page");
        assertThatThrownBy(() -> extractor.extract(page(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> extractor.extract(page(new byte[JsoupArticleExtractor.MAX_PAGE_BYTES + 1])))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("page too large");
    }

    private static WebPage page(byte[] bytes) {
        return new WebPage(URI.create("file:///tmp/x.html"), bytes, "");
    }
}
