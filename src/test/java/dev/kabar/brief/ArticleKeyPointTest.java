package dev.kabar.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One article's key point, on made-up articles as a page may leave them when the cleaner's rules
 * miss its furniture: a dateline glued to the first sentence, a related-link line, a lead that is
 * not the article's main fact.
 */
class ArticleKeyPointTest {

    /** An article of one passage per paragraph, as the splitter makes of short paragraphs. */
    private static Article article(String id, String... paragraphs) {
        List<Passage> passages = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            passages.add(Passage.of(id, passages.size() + 1, p, text.length(), text.length() + p.length()));
            text.append(p);
        }
        return new Article(ArticleMeta.of(id, "Judul " + id), text.toString(), passages);
    }

    @Test
    void should_pick_the_most_salient_sentence_without_its_dateline_when_the_lead_is_furniture() {
        Article a = article("pasar-1",
                "JAKARTA, WARTAKOTA.com – Pagi ini cuaca cerah dan jalanan cukup ramai seperti biasanya.\n"
                        + "Baca juga: Harga Cabai di Pasar Induk Naik Dua Kali Lipat",
                "Wali Kota Jakarta Barat Sri Lestari meresmikan Pasar Rakyat Kembangan bersama Dinas Koperasi DKI "
                        + "pada Selasa.",
                "Pedagang di lantai dua menyambut pasar baru itu dengan gembira.");

        Optional<ArticleKeyPoint> point = ArticleKeyPoint.of(a);

        assertThat(point).hasValueSatisfying(p -> {
            assertThat(p.text()).startsWith("Wali Kota Jakarta Barat Sri Lestari meresmikan");
            assertThat(p.passage().id()).isEqualTo("pasar-1#2");
            assertThat(p.passage().text()).contains(p.text()); // quoted verbatim from the passage it cites
        });
    }

    @Test
    void should_leave_a_glued_dateline_out_of_a_lead_that_is_the_main_fact() {
        Article a = article("banjir-1",
                "JAKARTA, WARTAKOTA.com – Banjir setinggi satu meter merendam Kelurahan Kampung Melayu dan Bidara Cina "
                        + "sejak Senin pagi.",
                "Warga mengungsi ke masjid terdekat.");

        assertThat(ArticleKeyPoint.of(a)).hasValueSatisfying(p -> {
            assertThat(p.text()).startsWith("Banjir setinggi satu meter");
            assertThat(p.passage().id()).isEqualTo("banjir-1#1");
        });
    }

    @Test
    void should_give_none_when_no_sentence_stands_on_its_own() {
        Article a = article("foto-1", "Baca juga: Galeri Foto Pekan Ini", "Foto: Dokumentasi Redaksi",
                "Namun warga tetap bertahan di rumah mereka masing-masing hingga malam.");

        assertThat(ArticleKeyPoint.of(a)).isEmpty();
    }
}
