package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final QaItem Q = new QaItem("q", "Di mana?", 0, List.of("Magelang", "Kabupaten Magelang"), false);
    private static final QaItem IMPOSSIBLE = new QaItem("i", "Siapa?", 0, List.of(), true);

    private static Reply answer(String text, String span, String... cited) {
        return new Reply(false, text, span, List.of(cited), "");
    }

    private static Reply decline() {
        return new Reply(true, "Tidak ada di artikel.", "", List.of(), "no-passages");
    }

    @Test
    void should_normalise_case_accents_punctuation_and_whitespace() {
        assertThat(Metrics.normalize("  Café  “Kopi”,\tJAKARTA! ")).isEqualTo("cafe kopi jakarta");
        assertThat(Metrics.normalize("Rp5.000,-")).isEqualTo("rp5000");
        assertThat(Metrics.normalize("...")).isEmpty();
        assertThat(Metrics.normalize("seorang gadis,[3][4] yang [1]")).isEqualTo("seorang gadis yang");
    }

    @Test
    void should_score_exact_match_and_token_f1_against_the_best_gold() {
        assertThat(Metrics.exactMatch("magelang.", Q.answers())).isEqualTo(1);
        assertThat(Metrics.exactMatch("di Magelang", Q.answers())).isZero();
        // "di magelang" vs "magelang": p=1/2, r=1 → 2/3; vs "kabupaten magelang": p=1/2, r=1/2 → 1/2
        assertThat(Metrics.f1("di Magelang", Q.answers())).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Metrics.f1("Jakarta", Q.answers())).isZero();
        assertThat(Metrics.f1("a a b", List.of("a b b"))).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void should_find_gold_inside_an_answer_only_on_word_boundaries() {
        assertThat(Metrics.containsAny("Candi itu ada di Magelang, Jawa Tengah [1].", Q.answers())).isTrue();
        assertThat(Metrics.containsAny("Ada di Magelangan [1].", Q.answers())).isFalse();
        assertThat(Metrics.containsAny("tanah", List.of("an"))).isFalse();
        assertThat(Metrics.containsAny("apa saja", List.of("..."))).isFalse();
    }

    @Test
    void should_compute_recall_at_k_and_mrr_from_hand_made_rankings() {
        Tally t = new Tally();
        t.add(Q, "g", Metrics.rankOf(List.of("g", "x"), "g"), answer("Magelang [1].", "Magelang", "g"), 1_000_000);
        t.add(Q, "g", Metrics.rankOf(List.of("x", "y", "g"), "g"), answer("Di Jakarta [1].", "", "x"), 3_000_000);
        t.add(Q, "g", Metrics.rankOf(List.of("a", "b", "c", "d", "e", "f", "g"), "g"), decline(), 2_000_000);
        t.add(Q, "g", Metrics.rankOf(List.of("x"), "g"), answer("Kabupaten Magelang [1]", "di Magelang", "y"),
                4_000_000);

        Scores s = t.scores();

        assertThat(s.recallAt1()).isEqualTo(0.25);
        assertThat(s.recallAt5()).isEqualTo(0.5);
        assertThat(s.recallAt10()).isEqualTo(0.75);
        assertThat(s.mrrAt10()).isCloseTo((1 + 1.0 / 3 + 1.0 / 7) / 4, within(1e-9));
        assertThat(s.answerContainsGold()).isEqualTo(0.5);
        assertThat(s.citesGold()).isEqualTo(0.25);
        assertThat(s.shortAnswerRate()).isEqualTo(0.5);
        assertThat(s.exactMatch()).isEqualTo(0.25);
        assertThat(s.f1()).isCloseTo((1 + 2.0 / 3) / 4, within(1e-9));
        assertThat(s.wronglyDeclined()).isEqualTo(0.25);
        assertThat(s.declinedUnanswerable()).isNaN();
        assertThat(s.p50Ms()).isEqualTo(2.0);
        assertThat(s.p99Ms()).isEqualTo(4.0);
        assertThat(s.questionsPerSecond()).isCloseTo(4 / 0.010, within(1e-6));
    }

    @Test
    void should_count_declines_of_impossible_questions_and_mean_length_of_grounded_answers() {
        Tally t = new Tally();
        t.add(IMPOSSIBLE, "g", 0, decline(), 1);
        t.add(IMPOSSIBLE, "g", 0, answer("abcd", ""), 1);
        t.add(Q, "g", 1, answer("abcdef", ""), 1);

        Scores s = t.scores();

        assertThat(s.questions()).isEqualTo(3);
        assertThat(s.unanswerable()).isEqualTo(2);
        assertThat(s.declinedUnanswerable()).isEqualTo(0.5);
        assertThat(s.meanAnswerChars()).isEqualTo(5.0);
        assertThat(s.recallAt1()).isEqualTo(1.0);
    }
}
