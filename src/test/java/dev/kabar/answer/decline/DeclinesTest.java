package dev.kabar.answer.decline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decline codes and messages are part of the result contract: pinned byte for byte. */
class DeclinesTest {

    private static final String ID = "Tidak ditemukan di artikel yang tersedia.";
    private static final String EN = "The articles don't say.";

    @Test
    void should_render_every_reason_as_its_machine_readable_code() {
        List<DeclineReason> reasons = List.of(new DeclineReason.NoPassages(), new DeclineReason.NoKeyTerms(),
                new DeclineReason.Untranslated("weather"), new DeclineReason.Missing("Sri Mulyani"),
                new DeclineReason.Unsupported("1961"), new DeclineReason.LowCoverage(),
                new DeclineReason.NegationMismatch(), new DeclineReason.WrongKind(), new DeclineReason.WeakEvidence(),
                new DeclineReason.UnsupportedDraft(), new DeclineReason.ModelDeclined(),
                new DeclineReason.NoSource("Warta Kota"), new DeclineReason.NoAuthor());

        assertThat(reasons).extracting(DeclineReason::code).containsExactly("no-passages", "no-key-terms",
                "untranslated:weather", "missing:Sri Mulyani", "unsupported:1961", "low-coverage",
                "negation-mismatch", "wrong-kind", "weak-evidence", "unsupported-draft", "model-declined",
                "no-source:Warta Kota", "no-author");
    }

    @Test
    void should_say_the_articles_do_not_say_and_name_the_term_when_there_is_one() {
        assertThat(Declines.of(Language.ID, new DeclineReason.WeakEvidence()).text()).isEqualTo(ID);
        assertThat(Declines.of(Language.EN, new DeclineReason.NoPassages()).text()).isEqualTo(EN);
        assertThat(Declines.of(Language.ID, new DeclineReason.Missing("India")).text())
                .isEqualTo(ID + " Tidak ada yang menyebut India.");
        assertThat(Declines.of(Language.EN, new DeclineReason.Missing("India")).text())
                .isEqualTo(EN + " None of them mentions India.");
        assertThat(Declines.of(Language.ID, new DeclineReason.Untranslated("weather")).text())
                .isEqualTo(ID + " (Kata \"weather\" tidak dapat dicocokkan dengan teks artikel.)");
        assertThat(Declines.of(Language.EN, new DeclineReason.Untranslated("weather")).text())
                .isEqualTo(EN + " (kabar could not check \"weather\" against the Indonesian text.)");
        assertThat(Declines.of(Language.ID, new DeclineReason.Unsupported("1961")).text())
                .isEqualTo(ID + " 1961 disebut, tetapi tidak dalam kaitan dengan yang ditanyakan.");
        assertThat(Declines.of(Language.EN, new DeclineReason.Unsupported("1961")).text())
                .isEqualTo(EN + " They mention 1961, but not in connection with what was asked.");
        assertThat(Declines.of(Language.EN, new DeclineReason.NoSource("Warta Kota")).text())
                .isEqualTo(EN + " None of the articles is from Warta Kota.");
        assertThat(Declines.of(Language.ID, new DeclineReason.NoSource("Warta Kota")).text())
                .isEqualTo(ID + " Tidak ada artikel dari Warta Kota.");
    }

    @Test
    void should_offer_no_passages_with_a_decline() {
        Answer.Declined d = Declines.of(Language.ID, new DeclineReason.LowCoverage());

        assertThat(d.citations()).isEmpty();
        assertThat(d.grounded()).isFalse();
        assertThat(d.reason()).isEqualTo(new DeclineReason.LowCoverage());
    }
}
