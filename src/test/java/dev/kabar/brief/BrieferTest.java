package dev.kabar.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Citation;
import dev.kabar.app.Kabar;
import dev.kabar.chat.FrontDoor;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Question;
import dev.kabar.chat.Rejected;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefings on the bundled corpus (five articles on the June 2024 Russia–North Korea pact). */
class BrieferTest {

    @TempDir
    static Path index;

    private static Library library;
    private static FrontDoor briefer;
    private static Briefing whole;

    @BeforeAll
    static void open() {
        library = new Kabar(Map.of(), Path.of("").toAbsolutePath()).open(new LibraryRequest(null, index, null, false), m -> {});
        briefer = library.door();
        whole = briefer.brief(Question.of(null));
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void should_cover_the_whole_collection_without_a_topic() {
        assertThat(whole.found()).isTrue();
        assertThat(whole.topic()).isEmpty();
        assertThat(whole.coverage().articles()).isEqualTo(5);
        assertThat(whole.coverage().outlets()).contains("Reuters", "IDN Times");
        assertThat(whole.coverage().from()).isEqualTo("2024-06-20");
        assertThat(whole.keyPoints()).isNotEmpty();
        assertThat(briefer.brief(Question.of("   ")).coverage().articles()).isEqualTo(5);
    }

    @Test
    void should_attribute_quotes_to_the_right_speaker_and_role() {
        assertThat(whole.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Yoshimasa Hayashi");
            assertThat(q.role()).isEqualTo("Sekretaris Kabinet Jepang");
            assertThat(q.quote()).contains("sangat prihatin");
        });
        assertThat(whole.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Jens Stoltenberg");
            assertThat(q.role()).isEqualTo("Sekretaris Jenderal NATO");
        });
        assertThat(whole.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Leif-Eric Easley");
            assertThat(q.role()).contains("profesor");
            assertThat(q.quote()).startsWith("Ini melambangkan Moskow memilih Pyongyang");
        });
        assertThat(whole.quotes()).noneSatisfy(q -> assertThat(q.speaker()).isEqualTo("Leif-Eric Easley")
                .satisfies(s -> assertThat(q.quote()).contains("sangat prihatin")));
    }

    @Test
    void should_refer_katanya_and_pronouns_back_to_the_previous_speaker() {
        Briefing sejong = briefer.brief(Question.of("Institut Sejong aliansi perang dingin"));
        assertThat(sejong.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Cheong Seong-chang");
            assertThat(q.quote()).contains("sepenuhnya memulihkan aliansi militer");
        });
        Briefing zinoviev = briefer.brief(Question.of("Zinoviev ancaman"));
        assertThat(zinoviev.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Georgy Zinoviev"); // "Zinoviev" in the article, introduced in full
            assertThat(q.quote()).contains("tidak dapat diterima");
        });
    }

    @Test
    void should_attribute_only_words_said_and_by_full_name_when_briefing_on_south_korea() {
        Briefing korea = briefer.brief(Question.of("reaksi Korea Selatan"));
        assertThat(korea.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Kim Hong Kyun"); // "kata Kim" in IDN Times, not Kim Jong Un
            assertThat(q.quote()).contains("membahayakan keamanan kami");
        });
        assertThat(whole.quotes()).noneSatisfy(q -> assertThat(q.quote()).contains("yang menurut Putin"));
        for (Briefing b : List.of(whole, korea, briefer.brief(Question.of("South Korea reaction")))) {
            assertThat(b.reactions()).noneSatisfy(r -> assertThat(r.text()).containsAnyOf("tembakan peringatan",
                    "Putin dan pemimpin Korut"));
        }
        assertThat(briefer.brief(Question.of("South Korea reaction")).reactions().getFirst().party()).isEqualTo("Korea Selatan");
    }

    @Test
    void should_date_the_timeline_from_printed_and_relative_dates() {
        assertThat(whole.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2024-06-19");
            assertThat(e.text()).contains("19 Juni 2024");
            assertThat(e.basis()).isEqualTo("text");
        });
        assertThat(whole.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2024-06-21");
            assertThat(e.text()).contains("Zinoviev");
        });
        // "pada hari Kamis" in an undated article: the Thursday before the newest publication date
        assertThat(whole.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2024-06-20");
            assertThat(e.expression()).isEqualTo("pada hari Kamis");
            assertThat(e.basis()).isEqualTo("inferred");
        });
        assertThat(whole.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2024-03");
            assertThat(e.text()).contains("Maret");
        });
        List<String> dates = whole.timeline().stream().map(Briefing.Event::date).toList();
        assertThat(dates).isSorted();
    }

    @Test
    void should_surface_the_treaty_lapse_that_outlets_date_differently() {
        assertThat(whole.differences()).anySatisfy(d -> {
            assertThat(d.versions()).hasSize(2);
            assertThat(d.versions()).anySatisfy(v -> assertThat(v.detail()).contains("1996"));
            assertThat(d.versions()).anySatisfy(v -> assertThat(v.detail()).contains("runtuhnya Uni Soviet"));
            List<String> articles = d.versions().stream()
                    .map(v -> whole.citations().get(v.citations().getFirst() - 1).article().id()).distinct().toList();
            assertThat(articles).hasSize(2);
        });
    }

    @Test
    void should_cite_every_item_and_use_every_citation() {
        for (Briefing b : List.of(whole, briefer.brief(Question.of("pakta pertahanan")), briefer.brief(Question.of("How did China react?")))) {
            List<List<Integer>> refs = references(b);
            assertThat(refs).allSatisfy(r -> assertThat(r).isNotEmpty()
                    .allSatisfy(n -> assertThat(n).isBetween(1, b.citations().size())));
            List<Integer> used = refs.stream().flatMap(List::stream).distinct().sorted().toList();
            assertThat(used).hasSize(b.citations().size());
            // extractive: every item is verbatim in the passage its first citation points to
            b.keyPoints().forEach(p -> assertThat(passageOf(b, p.citations())).contains(p.text()));
            b.timeline().forEach(e -> assertThat(passageOf(b, e.citations())).contains(e.text()));
            b.quotes().forEach(q -> assertThat(passageOf(b, q.citations()))
                    .contains(q.quote().substring(0, Math.min(20, q.quote().length()))));
            // one number per passage: a reader never meets the same paragraph under two numbers
            assertThat(b.citations().stream().map(c -> c.passage().id()).toList()).doesNotHaveDuplicates();
            for (int i = 0; i < b.citations().size(); i++) {
                Citation c = b.citations().get(i);
                assertThat(c.n()).isEqualTo(i + 1);
                assertThat(c.passage().text()).contains(c.quote());
            }
        }
    }

    @Test
    void should_not_make_a_key_point_of_a_sentence_that_leans_on_the_one_before() {
        for (Briefing b : List.of(whole, briefer.brief(Question.of("perjanjian pertahanan dibatalkan")), briefer.brief(Question.of("reaksi Korea Selatan")))) {
            assertThat(b.keyPoints()).isNotEmpty().noneSatisfy(p -> assertThat(p.text()).startsWith("Hal ini"))
                    .noneSatisfy(p -> assertThat(p.text()).startsWith("Dia "));
        }
    }

    @Test
    void should_contain_no_page_furniture() {
        List<String> texts = new ArrayList<>(texts(whole));
        whole.citations().forEach(c -> texts.add(c.passage().text()));
        assertThat(texts).noneSatisfy(t -> assertThat(t).containsAnyOf("MEMBACA", "Baca Juga", "Baca juga",
                "0 Komentar", "Unlock newsletter", "Twitter.com", "Pixabay", "Berita Terkini Lainnya", "Verified Writer"));
    }

    @Test
    void should_brief_on_an_english_topic_in_english() {
        Briefing b = briefer.brief(Question.of("What did Japan say about the treaty?"));
        assertThat(b.found()).isTrue();
        assertThat(b.language().code()).isEqualTo("en");
        assertThat(texts(b)).anySatisfy(t -> assertThat(t).containsAnyOf("Jepang", "Tokyo", "Hayashi"));
    }

    @Test
    void should_give_a_nothing_found_briefing_for_bad_topics() {
        for (String topic : List.of("qwxzv plkjh", "???", "dan yang", "🙂🙂🙂", "\u0000\u0007", "pakta ".repeat(1000),
                "sepak bola liga inggris")) {
            Briefing b = briefAsAChatWould(topic);
            assertThat(b.found()).as(topic).isFalse();
            assertThat(b.note()).as(topic).startsWith("Tidak ditemukan").isNotBlank();
            assertThat(references(b)).as(topic).isEmpty();
            assertThat(b.citations()).as(topic).isEmpty();
        }
        assertThat(briefer.brief(Question.of("the football league")).note()).startsWith("Nothing found");
    }

    /** As the bot and the command line do: a topic the door refuses as too long still gets a briefing, saying so. */
    private static Briefing briefAsAChatWould(String topic) {
        Question q = Question.of(topic);
        try {
            return briefer.brief(q);
        } catch (Rejected r) {
            return FrontDoor.nothingFound(q, r);
        }
    }

    private static String passageOf(Briefing b, List<Integer> citations) {
        return b.citations().get(citations.getFirst() - 1).passage().text();
    }

    private static List<List<Integer>> references(Briefing b) {
        return Stream.of(b.keyPoints().stream().map(Briefing.Point::citations),
                b.quotes().stream().map(Briefing.Quote::citations),
                b.reactions().stream().map(Briefing.Reaction::citations),
                b.timeline().stream().map(Briefing.Event::citations),
                b.differences().stream().flatMap(d -> d.versions().stream()).map(Briefing.Version::citations))
                .flatMap(s -> s).toList();
    }

    private static List<String> texts(Briefing b) {
        return Stream.of(b.keyPoints().stream().map(Briefing.Point::text),
                b.quotes().stream().map(q -> q.speaker() + " " + q.role() + " " + q.quote()),
                b.reactions().stream().map(Briefing.Reaction::text),
                b.timeline().stream().map(Briefing.Event::text),
                b.differences().stream().flatMap(d -> d.versions().stream()).map(Briefing.Version::text))
                .flatMap(s -> s).toList();
    }
}
