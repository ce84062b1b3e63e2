package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.article.Passage;
import dev.kabar.text.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries in Indonesian news and the passages cut from them. */
class SplittingTest {

    private final SentenceSplitter sentences = new SentenceSplitter();

    @Test
    void should_not_split_after_abbreviations_initials_or_in_numbers() {
        String text = "Dr. Budi, S.H. hadir bersama J. Smith dan Ju-min Park. Ada 5.000 peserta, buku, pena dll. yang dibagikan."
                + " Ekonomi tumbuh 6,5 persen.";
        assertThat(sentences.sentences(text)).containsExactly(
                "Dr. Budi, S.H. hadir bersama J. Smith dan Ju-min Park.",
                "Ada 5.000 peserta, buku, pena dll. yang dibagikan.",
                "Ekonomi tumbuh 6,5 persen.");
    }

    @Test
    void should_end_the_sentence_after_the_quote_when_it_closes_after_the_full_stop() {
        String text = "Putin menyebutnya “dokumen terobosan.” Kim setuju. “Kami siap. Kami kuat,” kata Kim.";
        assertThat(sentences.sentences(text)).containsExactly(
                "Putin menyebutnya “dokumen terobosan.”", "Kim setuju.", "“Kami siap. Kami kuat,” kata Kim.");
    }

    @Test
    void should_keep_a_numbered_heading_whole_when_it_starts_a_line() {
        assertThat(sentences.sentences("1. Kerja sama Rusia-Korut melanggar resolusi DK PBB\nPada Rabu, Putin tiba."))
                .containsExactly("1. Kerja sama Rusia-Korut melanggar resolusi DK PBB", "Pada Rabu, Putin tiba.");
    }

    @Test
    void should_refuse_bounds_when_they_make_no_sense() {
        assertThatThrownBy(() -> new PassageSplitter(-1, 700)).hasMessageContaining("minChars");
        assertThatThrownBy(() -> new PassageSplitter(200, 100)).hasMessageContaining("maxChars");
        assertThatThrownBy(() -> new PassageSplitter(0, 0)).hasMessageContaining("maxChars");
    }

    @Test
    void should_merge_a_heading_with_the_paragraph_after_it() {
        String text = "Paragraf pertama yang cukup panjang untuk berdiri sendiri sebagai passage.\n\n"
                + "2. Judul bagian\n\nIsi bagian kedua yang juga cukup panjang untuk berdiri sendiri.";
        List<Passage> passages = new PassageSplitter(40, 200).split("a", text);
        assertThat(passages).extracting(Passage::text).containsExactly(
                "Paragraf pertama yang cukup panjang untuk berdiri sendiri sebagai passage.",
                "2. Judul bagian\n\nIsi bagian kedua yang juga cukup panjang untuk berdiri sendiri.");
        assertInvariants("a", text, passages);
    }

    @Test
    void should_split_a_long_paragraph_at_sentences_within_max_chars() {
        String sentence = "Kalimat nomor %d ini berisi kira-kira enam puluh karakter saja ya.";
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append(i > 1 ? " " : "").append(sentence.formatted(i));
        }
        List<Passage> passages = new PassageSplitter(50, 200).split("b", text.toString());
        assertThat(passages).hasSizeGreaterThan(5).allSatisfy(p -> {
            assertThat(p.text().length()).isBetween(50, 200);
            assertThat(p.text()).startsWith("Kalimat").endsWith("ya.");
        });
        assertInvariants("b", text.toString(), passages);
    }

    @Test
    void should_keep_a_sentence_longer_than_max_chars_whole() {
        String longSentence = "Kata ".repeat(60).strip() + ".";
        String text = "Pendek sekali. " + longSentence + " Akhir.";
        List<Passage> passages = new PassageSplitter(5, 100).split("c", text);
        assertThat(passages).extracting(Passage::text).containsExactly("Pendek sekali.", longSentence, "Akhir.");
        assertInvariants("c", text, passages);
    }

    @Test
    void should_attach_a_short_last_paragraph_to_the_one_before_when_it_fits() {
        String text = "Paragraf yang cukup panjang untuk berdiri sendiri.\n\nPenutup.";
        List<Passage> passages = new PassageSplitter(30, 200).split("d", text);
        assertThat(passages).extracting(Passage::text).containsExactly(text);
        assertThat(new PassageSplitter().split("e", "")).isEmpty();
    }

    private static void assertInvariants(String id, String text, List<Passage> passages) {
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertThat(p.ordinal()).isEqualTo(i + 1);
            assertThat(p.id()).isEqualTo(id + "#" + (i + 1));
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            if (i > 0) {
                assertThat(p.start()).isGreaterThanOrEqualTo(passages.get(i - 1).end());
            }
        }
    }
}
