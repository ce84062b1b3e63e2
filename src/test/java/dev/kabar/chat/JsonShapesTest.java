package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.CheckReport;
import dev.kabar.answer.Citation;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.brief.Briefing;
import dev.kabar.text.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON shapes exactly as DESIGN.md promises them: field names, their order, and when a field is left out. */
class JsonShapesTest {

    private static final Citation CITATION = new Citation(1, Passage.of("a1", 1, "Teks “kutipan”.", 0, 15),
            ArticleMeta.of("a1", "Judul"), "Teks “kutipan”.");
    private static final String CITATION_JSON = "{\"n\":1,\"articleId\":\"a1\",\"title\":\"Judul\",\"outlet\":\"\","
            + "\"published\":null,\"passageId\":\"a1#1\",\"text\":\"Teks “kutipan”.\",\"quote\":\"Teks “kutipan”.\"}";

    @Test
    void should_write_a_grounded_answer_with_its_short_answer_and_without_optional_fields() {
        AskResult r = new AskResult("Apa?", Language.ID, new Answer.Grounded("Teks [1].", List.of(CITATION), "Teks"),
                "extractive", new Timings(1.5, 0.25));

        assertThat(KabarJson.write(ResultJson.of(r))).isEqualTo("{\"question\":\"Apa?\",\"language\":\"id\","
                + "\"answer\":\"Teks [1].\",\"grounded\":true,\"citations\":[" + CITATION_JSON + "],"
                + "\"composer\":\"extractive\",\"timings\":{\"retrieveMs\":1.5,\"composeMs\":0.25},"
                + "\"shortAnswer\":\"Teks\"}");
    }

    @Test
    void should_add_the_byline_to_a_citation_only_when_the_article_names_its_authors() {
        ArticleMeta meta = new ArticleMeta("a1", "Judul", "Warta Kota", "Rina Halim", null, "", "id");
        Citation c = new Citation(1, CITATION.passage(), meta, CITATION.quote());

        assertThat(KabarJson.write(CitationJson.of(c))).isEqualTo(CITATION_JSON
                .replace("\"outlet\":\"\"", "\"outlet\":\"Warta Kota\"")
                .replace("}", ",\"byline\":\"Rina Halim\"}"));
    }

    @Test
    void should_write_a_decline_reason_the_standalone_question_and_the_checks_when_there_are_some() {
        AskResult r = new AskResult("Lalu?", Language.EN, new Answer.Declined("Tidak ada.", new DeclineReason.NoPassages(), List.of()),
                "llm", new Timings(0, 0), Optional.of(new CheckReport(List.of(2), List.of("a"), List.of())), "Apa lalu?");

        assertThat(KabarJson.write(ResultJson.of(r))).isEqualTo("{\"question\":\"Lalu?\",\"language\":\"en\","
                + "\"answer\":\"Tidak ada.\",\"grounded\":false,\"citations\":[],\"composer\":\"llm\","
                + "\"timings\":{\"retrieveMs\":0.0,\"composeMs\":0.0},\"declineReason\":\"no-passages\","
                + "\"standaloneQuestion\":\"Apa lalu?\",\"checks\":{\"removedMarkers\":[2],\"recitedSentences\":[\"a\"],"
                + "\"droppedSentences\":[]}}");
    }

    @Test
    void should_write_every_section_of_a_briefing_and_the_note_only_when_there_is_one() {
        Briefing b = new Briefing("pakta", Language.ID, true, "", List.of(new Briefing.Point("Poin.", List.of(1))),
                List.of(new Briefing.Quote("Siti", "menteri", "Kata.", List.of(1))),
                List.of(new Briefing.Reaction("Pihak", "Reaksi.", List.of(1))),
                List.of(new Briefing.Event("2024-06-19", "stated", "Rabu", "Peristiwa.", List.of(1))),
                List.of(new Briefing.Difference("jumlah", List.of(new Briefing.Version("dua", "Dua.", List.of(1))))),
                new Briefing.Coverage(1, List.of("Kompas"), "", ""), List.of(CITATION));

        assertThat(KabarJson.write(BriefingJson.of(b))).isEqualTo("{\"topic\":\"pakta\",\"language\":\"id\","
                + "\"found\":true,\"keyPoints\":[{\"text\":\"Poin.\",\"citations\":[1]}],"
                + "\"quotes\":[{\"speaker\":\"Siti\",\"role\":\"menteri\",\"quote\":\"Kata.\",\"citations\":[1]}],"
                + "\"reactions\":[{\"party\":\"Pihak\",\"text\":\"Reaksi.\",\"citations\":[1]}],"
                + "\"timeline\":[{\"date\":\"2024-06-19\",\"basis\":\"stated\",\"expression\":\"Rabu\","
                + "\"text\":\"Peristiwa.\",\"citations\":[1]}],\"differences\":[{\"about\":\"jumlah\","
                + "\"versions\":[{\"detail\":\"dua\",\"text\":\"Dua.\",\"citations\":[1]}]}],"
                + "\"coverage\":{\"articles\":1,\"outlets\":[\"Kompas\"],\"from\":null,\"to\":null},"
                + "\"citations\":[" + CITATION_JSON + "]}");
        assertThat(KabarJson.write(BriefingJson.of(Briefing.nothingFound("x", Language.EN, "Nothing."))))
                .startsWith("{\"topic\":\"x\",\"language\":\"en\",\"found\":false,\"note\":\"Nothing.\",\"keyPoints\":[]");
    }
}
