package dev.kabar.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import dev.kabar.brief.invariant.BriefingInvariants;
import dev.kabar.brief.invariant.Invariant;
import dev.kabar.brief.invariant.InvariantTally;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Question;
import dev.kabar.text.PlaceNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A briefing on a folder of articles of another story, written here: a made-up flood in a made-up
 * regency, from two made-up outlets whose datelines the furniture rules do not all know. Speakers,
 * dates and key points must come out right through the real index and briefer.
 */
class AnotherStoryBriefingTest {

    @TempDir
    static Path dir;

    private static Library library;
    private static Briefing briefing;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("articles"));
        write(corpus.resolve("banjir-1.txt"), """
                Banjir Rendam Tiga Kecamatan di Sukamaju
                Kamis, 2 Januari 2025 | 10:15 WIB
                Kabarkita - Banjir merendam tiga kecamatan di Kabupaten Sukamaju setelah hujan deras turun sejak Rabu (1/1) malam.
                Bupati Sukamaju Hendra Wiratama meninjau lokasi pengungsian banjir di Desa Cibening kemarin.
                "Kami sudah menyiapkan dapur umum dan perahu karet untuk warga yang terjebak banjir," kata Hendra di Bandung.
                Singapura mengatakan bahwa tim relawan akan tiba pekan depan untuk membantu warga korban banjir.
                """);
        write(corpus.resolve("banjir-2.txt"), """
                Ribuan Warga Sukamaju Mengungsi karena Banjir
                Lembah, Warta Harian - - Kepala Badan Penanggulangan Bencana Daerah Sukamaju Rina Maharani menyebut 2.300 warga mengungsi karena banjir hingga Senin, 30 Desember 2024.
                "Air banjir naik sangat cepat dan sebagian warga belum sempat menyelamatkan barang," ujar Rina.
                Hujan ekstrem kembali turun pada Rabu (1/1) dan memperparah banjir di kawasan hilir sungai.
                Joko Susilo, warga Desa Cibening, mengatakan rumahnya terendam banjir hingga setinggi dada.
                """);
        library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(corpus, dir.resolve("index"), null, false), m -> {});
        briefing = library.door().brief(Question.of("banjir Sukamaju"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void should_name_the_people_who_spoke_and_never_a_place() {
        assertThat(briefing.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Hendra Wiratama");
            assertThat(q.role()).isEqualTo("Bupati Sukamaju");
        });
        assertThat(briefing.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Rina Maharani"));
        assertThat(briefing.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Joko Susilo"));
        assertThat(briefing.quotes()).noneSatisfy(q -> assertThat(PlaceNames.contains(q.speaker())).isTrue());
    }

    @Test
    void should_keep_datelines_out_of_the_key_points() {
        assertThat(briefing.keyPoints()).isNotEmpty();
        assertThat(briefing.keyPoints()).noneSatisfy(p -> assertThat(p.text()).startsWith("-"));
        assertThat(briefing.keyPoints()).noneSatisfy(p -> assertThat(p.text()).startsWith("Kabarkita"));
        assertThat(briefing.keyPoints()).anySatisfy(p -> assertThat(p.text()).startsWith("Banjir merendam tiga kecamatan"));
    }

    @Test
    void should_date_events_from_the_printed_date_line_and_the_text() {
        assertThat(briefing.coverage().from()).isEqualTo("2025-01-02"); // the printed date line
        assertThat(briefing.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2024-12-30");
            assertThat(e.basis()).isEqualTo("text");
        });
        // "Rabu (1/1)" after a printed 30 December 2024: the Wednesday of the next January
        assertThat(briefing.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2025-01-01");
            assertThat(e.expression()).isEqualTo("Rabu (1/1)");
        });
        assertThat(briefing.timeline()).noneSatisfy(e -> assertThat(e.date()).startsWith("2024-01"));
    }

    @Test
    void should_keep_every_invariant() {
        InvariantTally t = new BriefingInvariants(library.store()::article).check(briefing);

        assertThat(t.violations()).isEmpty();
        assertThat(t.checked(Invariant.SPEAKER_NAMED)).isGreaterThanOrEqualTo(3);
        assertThat(t.checked(Invariant.DATE_FOLLOWS)).isGreaterThanOrEqualTo(2);
    }
}
