package dev.kabar.brief.invariant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Citation;
import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.brief.Briefing;
import dev.kabar.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checker itself, on hand-made briefings of a made-up article: it passes what holds and fails what does not. */
class BriefingInvariantsTest {

    private static final String LEAD = "Kabarkita - Banjir merendam tiga kecamatan di Sukamaju sejak Senin, 30 Desember 2024.";
    private static final String QUOTE = "“Kami menyiapkan perahu karet untuk warga,” kata Hendra Wiratama di Sukamaju, Rabu (1/1).";
    private static final String BODY = LEAD + "\n\n" + QUOTE;
    private static final ArticleMeta META = new ArticleMeta("a1", "Banjir", "Kabarkita", "", LocalDate.of(2025, 1, 2), "", "id");
    private static final Passage P1 = new Passage("a1#1", "a1", 1, LEAD, 0, LEAD.length());
    private static final Passage P2 = new Passage("a1#2", "a1", 2, QUOTE, LEAD.length() + 2, BODY.length());
    private static final Article ARTICLE = new Article(META, BODY, List.of(P1, P2));
    private static final BriefingInvariants CHECK = new BriefingInvariants(id -> id.equals("a1") ? Optional.of(ARTICLE) : Optional.empty());
    private static final String POINT = LEAD.substring("Kabarkita - ".length());

    private static Briefing briefing(List<Briefing.Point> points, List<Briefing.Quote> quotes, List<Briefing.Event> events) {
        List<Citation> citations = List.of(new Citation(1, P1, META, POINT), new Citation(2, P2, META, QUOTE));
        return new Briefing("banjir", Language.ID, true, "", points, quotes, List.of(), events, List.of(),
                Briefing.Coverage.NONE, citations);
    }

    private static Briefing good() {
        return briefing(List.of(new Briefing.Point(POINT, List.of(1))),
                List.of(new Briefing.Quote("Hendra Wiratama", "", "Kami menyiapkan perahu karet untuk warga", List.of(2))),
                List.of(new Briefing.Event("2024-12-30", "text", "Senin, 30 Desember 2024", POINT, List.of(1)),
                        new Briefing.Event("2025-01-01", "published", "Rabu (1/1)", QUOTE, List.of(2))));
    }

    @Test
    void should_hold_every_invariant_when_the_briefing_is_right() {
        InvariantTally t = CHECK.check(good());

        for (Invariant i : Invariant.values()) {
            assertThat(t.rate(i)).as(i.label()).isEqualTo(1.0);
            assertThat(t.checked(i)).as(i.label()).isPositive();
        }
        assertThat(t.violations()).isEmpty();
    }

    @Test
    void should_fail_a_place_given_as_speaker() {
        Briefing b = briefing(List.of(new Briefing.Point(POINT, List.of(1))),
                List.of(new Briefing.Quote("Sukamaju", "", "Kami menyiapkan perahu karet untuk warga", List.of(2))), List.of());

        InvariantTally t = CHECK.check(b);

        assertThat(t.held(Invariant.SPEAKER_NOT_PLACE)).isZero();
        assertThat(t.violations()).extracting(Violation::item).containsExactly("Sukamaju");
    }

    @Test
    void should_fail_a_speaker_the_cited_passage_and_the_text_before_it_never_name() {
        Briefing b = briefing(List.of(), List.of(new Briefing.Quote("Rina Maharani", "", "Kami menyiapkan perahu karet",
                List.of(2))), List.of());

        assertThat(CHECK.check(b).held(Invariant.SPEAKER_NAMED)).isZero();
    }

    @Test
    void should_fail_a_key_point_that_keeps_its_dateline() {
        Briefing b = briefing(List.of(new Briefing.Point(LEAD, List.of(1))), List.of(), List.of());

        InvariantTally t = CHECK.check(b);

        assertThat(t.held(Invariant.KEY_POINT_CLEAN)).isZero();
        assertThat(FurnitureCheck.clean("- Banjir merendam tiga kecamatan.", "")).isFalse();
        assertThat(FurnitureCheck.clean("LEMBAH, WARTA.NET - Banjir merendam tiga kecamatan.", "")).isFalse();
        assertThat(FurnitureCheck.clean("Banjir merendam tiga kecamatan. (abc/def)", "")).isFalse();
        assertThat(FurnitureCheck.clean("Banjir merendam tiga kecamatan di Sukamaju - Lembah.", "")).isTrue();
    }

    @Test
    void should_fail_a_date_that_does_not_follow_from_the_text() {
        Briefing wrongYear = briefing(List.of(), List.of(),
                List.of(new Briefing.Event("2024-01-01", "published", "Rabu (1/1)", QUOTE, List.of(2))));
        Briefing notPrinted = briefing(List.of(), List.of(),
                List.of(new Briefing.Event("2024-12-31", "text", "Senin, 30 Desember 2024", POINT, List.of(1))));

        assertThat(CHECK.check(wrongYear).held(Invariant.DATE_FOLLOWS)).isZero();
        assertThat(CHECK.check(notPrinted).held(Invariant.DATE_FOLLOWS)).isZero();
    }

    @Test
    void should_fail_a_citation_that_does_not_hold_its_item_or_is_never_used() {
        Briefing b = briefing(List.of(new Briefing.Point("Banjir surut dalam sehari.", List.of(1))), List.of(), List.of());

        InvariantTally t = CHECK.check(b);

        assertThat(t.checked(Invariant.CITATIONS_RESOLVE)).isEqualTo(3); // the point, and each of two citations
        assertThat(t.held(Invariant.CITATIONS_RESOLVE)).isEqualTo(1); // [1] is used and quotes its passage
    }
}
