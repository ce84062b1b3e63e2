package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Fixtures;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which neighbouring sentence widens an answer drawn from one passage. */
class NeighbourChoiceTest {

    private static final String BEFORE = "Kapal feri itu dibangun oleh galangan swasta di Batam dengan biaya besar.";
    private static final String BEST = "Kapal feri Sinar Bahari tenggelam di Selat Sunda saat cuaca buruk melanda.";
    private static final String AFTER = "Peristiwa itu terjadi pada Kamis (5/5/2022) menjelang tengah malam.";

    private static ExtractiveComposer composer(int contextSentences) {
        ExtractiveSettings d = ExtractiveSettings.defaults();
        return new ExtractiveComposer(AliasTable.empty(), new ExtractiveSettings(1, d.maxAnswerChars(),
                d.passagesConsidered(), d.minSentenceChars(), d.minCoverage(), d.minContentCoverage(),
                d.mergeSimilarity(), d.minSecondGain(), contextSentences, d.weights(),
                d.learnedChooser()), Fixtures.MODELS);
    }

    private static String answer(String question) {
        var hits = List.of(Fixtures.hit("berita-1", 1, BEFORE + " " + BEST + " " + AFTER, 5.0));
        return composer(1).compose(question, Language.ID, hits).text();
    }

    @Test
    void should_widen_with_the_sentence_after_when_only_it_holds_the_date_asked_for() {
        assertThat(answer("Kapan kapal feri Sinar Bahari tenggelam?")).contains("Kamis (5/5/2022)")
                .doesNotContain("galangan");
    }

    @Test
    void should_widen_with_the_sentence_before_when_the_question_asks_for_no_date() {
        assertThat(answer("Mengapa kapal feri Sinar Bahari tenggelam di Selat Sunda?")).contains("galangan")
                .doesNotContain("5/5/2022");
    }
}
