package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five bundled articles: every kind of furniture gone, every real paragraph kept. */
class BundledArticlesTest {

    private static Map<String, Article> articles;
    private static IngestionReport report;

    @BeforeAll
    static void readBundledCorpus() {
        CorpusReader reader = new CorpusReader(FurnitureRules.load(Path.of("config/furniture.txt")), new PassageSplitter());
        Ingestion ingestion = reader.readAll(Path.of("data/articles"));
        articles = ingestion.articles().stream().collect(Collectors.toMap(a -> a.id().substring(0, 3), Function.identity()));
        report = ingestion.report();
    }

    @Test
    void should_read_all_five_when_corpus_is_the_bundled_folder() {
        assertThat(articles).containsOnlyKeys("000", "001", "002", "003", "004");
        assertThat(report.rejected()).isEmpty();
        assertThat(report.filesRead()).isEqualTo(5);
        assertThat(report.furnitureLinesRemoved()).isEqualTo(23);
        assertThat(report.summary()).isEqualTo("5 articles, " + report.passages() + " passages, 23 furniture lines removed, 0 rejected");
    }

    @Test
    void should_remove_every_kind_of_furniture_when_cleaning() {
        String all = articles.values().stream().map(Article::text).collect(Collectors.joining("\n\n"));
        assertThat(all).doesNotContain(
                "Baca Juga", "Baca juga", "MEMBACA", "Komentar", "Unlock newsletter", "(Reuters)", "(EFE)",
                "Twitter.com", "Pixabay.com", "Verified Writer", "IDN Times Community", "Topik:",
                "Berita Terkini Lainnya", "L'Occitane", "Amazon", "Cirebon", "Vanny El Rahman", "Pri Saja",
                "Marcheilla", "Oleh Josh Smith", "pakta pertahan\n", "KorutDubes", "Korutilustrasi",
                "Jakarta, IDN Times", "SEOUL (Reuters)", "Pyongyang: Presiden", "\u00A0");
        assertThat(all.lines()).doesNotContain("Petani");
    }

    @Test
    void should_keep_real_paragraphs_and_headings_when_cleaning() {
        assertThat(articles.get("000").text())
                .startsWith("Jepang dan Korea Selatan telah mengeluarkan peringatan")
                .contains("“Kami akan menanggapi dengan tegas")
                .endsWith("kata Leif-Eric Easley, seorang profesor di Universitas Wanita Ewha di Seoul.");
        assertThat(articles.get("001").text())
                .startsWith("James Acton, salah satu direktur")
                .contains("\n\nPerjanjian Terkuat\n\n", "Alexander Gabuev, direktur Carnegie Russia Eurasia Center")
                .endsWith("menambah ketegangan di semenanjung Korea.");
        assertThat(articles.get("002").text())
                .startsWith("Presiden Rusia Vladimir Putin dan pemimpin Korea Utara (Korut) Kim Jong-un")
                .endsWith("kesepakatan senjata antara Moskow dan Pyongyang.");
        assertThat(articles.get("003").text())
                .startsWith("Pemimpin Korea Utara dan Rusia menandatangani perjanjian")
                .contains("‘DUKUNGAN TANPA SYARAT DAN TEGUH’", "‘MEKANISME PERDAGANGAN ALTERNATIF’")
                .endsWith("“membangun arsitektur keamanan yang sama dan tidak terpisahkan di Eurasia”.");
        assertThat(articles.get("004").text())
                .startsWith("Seoul pertimbangkan kirim senjata ke Ukraina\n\nWakil Menteri Luar Negeri Korea Selatan")
                .contains("1. Kerja sama Rusia-Korut melanggar resolusi DK PBB",
                        "2. Rusia tidak terima segala ancaman",
                        "3. Seoul pertimbangkan untuk kirim senjata ke Ukraina",
                        "Dilansir Associated Press, Korsel adalah negara pengekspor senjata")
                .endsWith("jika memang tidak memiliki rencana agresi terhadap Korut.");
    }

    @Test
    void should_detect_title_outlet_byline_and_date_when_the_text_gives_them() {
        assertThat(articles.get("003").meta().title()).isEqualTo("Putin Rusia, Kim Korea Utara menandatangani pakta pertahanan bersama");
        assertThat(articles.get("003").meta().outlet()).isEqualTo("Reuters");
        assertThat(articles.get("003").meta().byline()).isEqualTo("Josh Smith dan Ju-min Park");
        assertThat(articles.get("004").meta().outlet()).isEqualTo("IDN Times");
        assertThat(articles.get("004").meta().title()).isEqualTo("Korsel Desak Rusia Batalkan Kerja Sama Militer dengan Korut");
        assertThat(articles.get("002").meta().byline()).isEqualTo("Marcheilla Ariesta");
        assertThat(articles.get("002").meta().published()).isEqualTo(LocalDate.of(2024, 6, 20));
        // its first line is furniture glued to a caption's tail ("di Korut, Putin dan ..."): the lede stands in
        assertThat(articles.get("002").meta().title()).startsWith("Presiden Rusia Vladimir Putin dan pemimpin Korea Utara")
                .doesNotStartWith("di Korut");
    }

    @Test
    void should_leave_metadata_unknown_when_the_text_does_not_give_it() {
        assertThat(articles.get("000").meta().outlet()).isEmpty();
        assertThat(articles.get("000").meta().published()).isNull();
        assertThat(articles.get("002").meta().outlet()).isEmpty(); // "Pyongyang:" is a place, not an outlet
        assertThat(articles.get("004").meta().published()).isNull(); // "Jumat (21/6/2024)" is an event
    }

    @Test
    void should_cut_passages_that_are_exact_slices_of_the_text_when_splitting() {
        for (Article article : articles.values()) {
            for (int i = 0; i < article.passages().size(); i++) {
                var p = article.passages().get(i);
                assertThat(p.ordinal()).isEqualTo(i + 1);
                assertThat(article.text().substring(p.start(), p.end())).isEqualTo(p.text());
                assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.DEFAULT_MAX_CHARS);
            }
        }
        assertThat(articles.get("004").passages()).anySatisfy(p -> assertThat(p.text())
                .startsWith("2. Rusia tidak terima segala ancaman\n\nSebagai tanggapan"));
    }
}
