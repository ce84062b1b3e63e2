package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import java.util.List;
import dev.kabar.text.IndonesianStemmer;
import org.junit.jupiter.api.Test;

/**
 * A passage saying {@code surat kabar} answers a question about a {@code koran}: the learned
 * stand-ins ({@link Associations}) lift it over a passage that only repeats the other words.
 */
class StandInRankingTest extends OnSmallIndex {

    @Override
    List<Article> articles() {
        return List.of(
                NewsFixtures.article("paper", "Pers",
                        "Surat kabar berbahasa Melayu pertama di Medan dimiliki seorang saudagar."),
                NewsFixtures.article("school", "Sekolah",
                        "Sekolah berbahasa Melayu dibuka di Medan, dan guru di Medan mengajar bahasa Melayu."),
                NewsFixtures.article("f1", "Harga", "Harga koran dan majalah naik pekan ini."),
                NewsFixtures.article("f2", "Banjir", "Banjir merendam tiga desa di Demak."),
                NewsFixtures.article("f3", "Pasar", "Harga beras naik sepuluh persen pekan ini."),
                NewsFixtures.article("f4", "Jalan", "Jalan tol ditutup karena perbaikan."));
    }

    @Test
    void should_rank_the_passage_with_a_stand_in_of_the_question_word_first() {
        assertThat(Associations.bundled().of(IndonesianStemmer.stem("koran"))).extracting(Associations.StandIn::stem)
                .contains(IndonesianStemmer.stem("kabar"));

        assertThat(ids(index.search("Koran berbahasa Melayu di Medan?", 2))).containsExactly("paper#1", "school#1");
    }

    @Test
    void should_keep_the_repeating_passage_first_for_a_word_without_stand_ins() {
        assertThat(Associations.bundled().of(IndonesianStemmer.stem("majalah"))).isEmpty();

        assertThat(ids(index.search("Majalah berbahasa Melayu di Medan?", 2))).containsExactly("school#1", "paper#1");
    }
}
