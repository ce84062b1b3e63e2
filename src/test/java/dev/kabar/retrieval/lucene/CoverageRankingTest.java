package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A passage holding all of the question's words beats one repeating a single word of it. */
class CoverageRankingTest extends OnSmallIndex {

    @Override
    List<Article> articles() {
        return List.of(
                // headlines that hold no question word: this test is about the passage text
                NewsFixtures.article("repeat", "Kebanggaan",
                        "Stadion itu megah. Stadion dibangun tahun lalu, dan stadion menjadi kebanggaan kota."),
                NewsFixtures.article("all", "Pengungsi",
                        "Ratusan warga yang rumahnya terendam banjir diinapkan di stadion kota sejak Senin malam, "
                                + "sementara relawan membagikan makanan, selimut dan obat-obatan kepada pengungsi."),
                NewsFixtures.article("f1", "Demak", "Banjir merendam tiga desa di Demak."),
                NewsFixtures.article("f2", "Kudus", "Banjir surut, warga kembali ke rumah."),
                NewsFixtures.article("f3", "Pasar", "Harga beras naik sepuluh persen pekan ini."),
                NewsFixtures.article("f4", "Sekolah", "Sekolah diliburkan selama sepekan."),
                NewsFixtures.article("f5", "Jalan", "Jalan tol ditutup karena perbaikan."),
                NewsFixtures.article("f6", "Final", "Pertandingan final digelar di stadion lain."));
    }

    @Test
    void should_rank_the_passage_holding_every_word_first_when_plain_bm25_prefers_repetition() {
        String question = "Stadion mana menampung korban banjir?";

        assertThat(ids(index.plain().search(question, 2))).containsExactly("repeat#1", "all#1");
        assertThat(ids(index.search(question, 2))).containsExactly("all#1", "repeat#1");
    }
}
