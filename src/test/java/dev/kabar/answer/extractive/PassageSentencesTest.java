package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Passage;
import dev.kabar.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class PassageSentencesTest {

    @Test
    void should_end_a_sentence_at_a_reference_mark_after_its_full_stop() {
        String text = "Karya itu ditulis sekitar tahun 160.[1] Merupakan upaya menyatukan kisah.[2][3] "
                + "Fragmennya ditemukan pada tahun 1933.";

        assertThat(new SentenceSplitter().sentences(text)).containsExactly(
                "Karya itu ditulis sekitar tahun 160.[1]", "Merupakan upaya menyatukan kisah.[2][3]",
                "Fragmennya ditemukan pada tahun 1933.");
    }

    @Test
    void should_not_end_a_sentence_at_a_reference_mark_inside_it() {
        String text = "Harga naik menjadi Rp 5.000[1] per kilogram. Itu kata pedagang.";

        assertThat(new SentenceSplitter().sentences(text)).containsExactly(
                "Harga naik menjadi Rp 5.000[1] per kilogram.", "Itu kata pedagang.");
    }

    @Test
    void should_read_the_sentences_of_a_passage_with_reference_marks() {
        String text = "Diatessaron adalah karya Tatianus.[1] Bahasanya diduga bahasa Yunani.[2]";
        Passage passage = Passage.of("wiki", 1, text, 0, text.length());

        assertThat(new PassageSentences().of(passage)).extracting(Sentence::text).containsExactly(
                "Diatessaron adalah karya Tatianus.[1]", "Bahasanya diduga bahasa Yunani.[2]");
    }
}
