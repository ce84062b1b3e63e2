package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words that stand together in the question and the passage beat the same words scattered. */
class PhraseRankingTest extends OnSmallIndex {

    @Override
    List<Article> articles() {
        return List.of(
                NewsFixtures.article("together", "Kunjungan",
                        "Dalam kunjungan ke Pyongyang, Rusia menjanjikan bantuan militer kepada sekutunya di Asia."),
                NewsFixtures.article("scattered", "Laporan",
                        "Bantuan pangan tiba, sedangkan latihan militer ditunda."),
                NewsFixtures.article("other", "Lain", "Harga beras naik sepuluh persen pekan ini."));
    }

    @Test
    void should_rank_exact_phrase_first_when_plain_bm25_prefers_the_shorter_passage() {
        String question = "Apa bantuan militer itu?"; // both passages hold both words once

        assertThat(ids(index.plain().search("bantuan militer", 2))).containsExactly("scattered#1", "together#1");
        assertThat(ids(index.search(question, 2))).containsExactly("together#1", "scattered#1");
    }

    @Test
    void should_rank_near_words_first_when_a_stop_word_stands_between() {
        // "untuk" is a stop word: the pair is still (bantuan, militer)
        assertThat(ids(index.search("bantuan untuk militer", 2)).getFirst()).isEqualTo("together#1");
    }
}
