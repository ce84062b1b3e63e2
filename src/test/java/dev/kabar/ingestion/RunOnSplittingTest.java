package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Passage;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Text without full stops (a scraped table, junk) still becomes passages of bounded length. */
class RunOnSplittingTest {

    private final PassageSplitter splitter = new PassageSplitter(250, 800);

    @Test
    void should_cut_a_run_on_text_at_spaces_into_passages_of_at_most_max_chars() {
        Random random = new Random(3);
        String text = IntStream.range(0, 20_000).mapToObj(i -> "kata" + random.nextInt(1000))
                .collect(Collectors.joining(" "));

        List<Passage> passages = splitter.split("a", text);

        assertThat(passages).hasSizeGreaterThan(100).allSatisfy(p -> assertThat(p.text().length()).isBetween(1, 800));
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining(" "))).isEqualTo(text);
    }

    @Test
    void should_cut_a_word_longer_than_max_chars_without_splitting_a_surrogate_pair() {
        String text = "\uD83D\uDE00".repeat(2_000);

        List<Passage> passages = splitter.split("a", text);

        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text().length()).isBetween(1, 800);
            assertThat(Character.isLowSurrogate(p.text().charAt(0))).isFalse();
        });
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void should_keep_a_long_real_sentence_whole() {
        String sentence = "Kata " + "yang panjang sekali ".repeat(60) + "berakhir di sini.";

        assertThat(splitter.split("a", sentence)).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo(sentence));
    }
}
