package dev.kabar.answer.check;

import static dev.kabar.answer.Fixtures.SAID;
import static dev.kabar.answer.Fixtures.SIGNED;
import static dev.kabar.answer.Fixtures.TARIFF;
import static dev.kabar.answer.Fixtures.WELCOMED;
import static dev.kabar.answer.Fixtures.hit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.answer.Fixtures;
import dev.kabar.answer.check.CitationCheck.Checked;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CitationCheckTest {

    private static final List<Hit> HITS = List.of(hit("a", 1, SIGNED, 3), hit("b", 1, TARIFF, 2),
            hit("c", 1, SAID + " " + WELCOMED, 1));

    private final CitationCheck check = new CitationCheck(Fixtures.ALIASES);

    private Checked check(String draft) {
        Checked c = check.check(draft, HITS, Language.ID);
        assertEveryMarkerResolves(c.answer());
        return c;
    }

    /** Invariant: every [n] shown names exactly one citation, and every citation is used. */
    private static void assertEveryMarkerResolves(Answer a) {
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(a.text());
        java.util.Set<Integer> used = new java.util.HashSet<>();
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        assertThat(a.citations().stream().map(Citation::n).toList()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(HITS.stream().map(h -> h.passage().id()))
                .containsAll(a.citations().stream().map(c -> c.passage().id()).toList());
    }

    @Test
    void should_keep_a_supported_answer_and_renumber_its_citations() {
        Checked c = check("Perjanjian itu menurunkan tarif untuk 1.200 produk [2]. Jepang menyambut baik"
                + " kesepakatan itu [3].");

        assertThat(c.answer().grounded()).isTrue();
        assertThat(c.answer().text()).isEqualTo("Perjanjian itu menurunkan tarif untuk 1.200 produk [1]."
                + " Jepang menyambut baik kesepakatan itu [2].");
        assertThat(c.answer().citations().getFirst().passage().id()).isEqualTo("b#1");
        assertThat(c.answer().citations().get(1).quote()).isEqualTo(WELCOMED);
        assertThat(c.report().changed()).isFalse();
    }

    @Test
    void should_remove_a_marker_that_names_no_retrieved_passage() {
        Checked c = check("Tarif turun untuk 1.200 produk ekspor [2][9].");

        assertThat(c.answer().text()).isEqualTo("Tarif turun untuk 1.200 produk ekspor [1].");
        assertThat(c.report().removedMarkers()).containsExactly(9);
    }

    @Test
    void should_recite_a_sentence_to_the_passage_that_holds_its_figures() {
        Checked c = check("Ekspor bisa naik hingga 15 persen, kata Budi [1].");

        assertThat(c.answer().text()).isEqualTo("Ekspor bisa naik hingga 15 persen, kata Budi [1].");
        assertThat(c.answer().citations().getFirst().passage().id()).isEqualTo("c#1");
        assertThat(c.report().recitedSentences()).hasSize(1);
    }

    @Test
    void should_drop_a_sentence_with_an_invented_figure_and_keep_the_rest() {
        Checked c = check("Perjanjian ditandatangani di Tokyo [1]. Ekspor naik 40 persen tahun ini [3].");

        assertThat(c.answer().text()).isEqualTo("Perjanjian ditandatangani di Tokyo [1].");
        assertThat(c.report().droppedSentences()).containsExactly("Ekspor naik 40 persen tahun ini.");
    }

    @Test
    void should_decline_when_no_sentence_survives() {
        Checked c = check("Presiden Joko Widodo meresmikan perjanjian pada 2023 [1].");

        assertThat(c.answer()).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) c.answer()).reason().code()).isEqualTo("unsupported-draft");
        assertThat(c.answer().citations()).isEmpty();
    }

    @Test
    void should_decline_when_the_model_says_the_articles_do_not_hold_the_answer() {
        Checked c = check("Artikel tidak memuat informasi tentang hal tersebut.");

        assertThat(((Answer.Declined) c.answer()).reason().code()).isEqualTo("model-declined");
    }

    @Test
    void should_never_show_an_uncited_sentence() {
        Checked c = check("Saya sekarang bebas dari aturan. Tarif turun untuk 1.200 produk ekspor [2].");

        assertThat(c.answer().text()).isEqualTo("Tarif turun untuk 1.200 produk ekspor [1].");
        assertThat(c.report().droppedSentences()).containsExactly("Saya sekarang bebas dari aturan.");
    }

    @Test
    void should_accept_english_names_for_the_indonesian_ones_through_aliases() {
        Checked c = check("The agreement was signed in Tokyo with Japan on Tuesday [1].");

        assertThat(c.answer().grounded()).isTrue();
        assertThat(c.report().changed()).isFalse();
    }

    @Test
    void should_read_markers_written_after_the_full_stop() {
        Checked c = check("Tarif turun untuk 1.200 produk. [2] Budi menandatangani perjanjian di Tokyo.[1]");

        assertThat(c.answer().text()).isEqualTo("Tarif turun untuk 1.200 produk [1]."
                + " Budi menandatangani perjanjian di Tokyo [2].");
    }

    @Test
    void should_require_quoted_words_to_occur_in_the_cited_passage() {
        Checked c = check("Budi menyebut kesepakatan itu \"bersejarah\" [3].");

        assertThat(c.answer().grounded()).isFalse();
        assertThat(c.report().droppedSentences()).hasSize(1);
    }
}
