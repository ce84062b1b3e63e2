package dev.kabar.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.feed.SeenItems;
import dev.kabar.retrieval.Hit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest's entries through the real index: made-up articles whose first lines are a dateline and
 * furniture and whose main fact is not their first sentence get the Briefer's key point, cited to
 * the passage that holds it; an article with no sentence fit to be one keeps its lead sentence.
 */
class DigestsTest {

    private static final Instant T0 = Instant.parse("2026-03-05T01:00:00Z");

    @TempDir
    static Path dir;

    private static Library library;
    private static List<DigestEntry> entries;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("articles"));
        write(corpus.resolve("pasar.txt"), """
                Pasar Rakyat Kembangan Diresmikan
                JAKARTA, WARTAKOTA.com – Pagi ini cuaca cerah dan jalanan cukup ramai seperti biasanya. Sejak subuh para pedagang sudah menata dagangan mereka di lapak yang masih berbau cat baru. Sebagian pembeli datang lebih awal karena penasaran dengan bangunan yang selama ini ditutup pagar seng. Parkir sepeda motor di halaman depan penuh sebelum pukul tujuh.
                Baca juga: Harga Cabai di Pasar Induk Naik Dua Kali Lipat
                Wali Kota Jakarta Barat Sri Lestari meresmikan Pasar Rakyat Kembangan bersama Dinas Koperasi DKI pada Selasa.
                Pedagang di lantai dua menyambut pasar baru itu dengan gembira dan berharap pembeli segera datang. Mereka menilai lapak yang lebih luas dan atap yang tidak lagi bocor akan membuat belanja lebih nyaman.
                """);
        write(corpus.resolve("galeri.txt"), """
                Galeri Banjir Pekan Ini
                Foto pilihan redaksi
                Namun warga tetap bertahan di rumah mereka masing-masing hingga malam tiba.
                """);
        library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(corpus, dir.resolve("index"), null, false), m -> {});
        Path state = dir.resolve("state");
        SeenItems ledger = new SeenItems(state);
        library.store().articles().forEach(a -> ledger.took(List.of("link http://127.0.0.1/" + a.meta().id()),
                new SeenItems.Taken(a.meta().id(), T0, a.meta().id(), Optional.empty())));
        entries = new Digests(state, library.retriever(), library.store()).between(T0.minusSeconds(60), T0, "");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static DigestEntry entry(String title) {
        return entries.stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    private static String passage(DigestEntry e) {
        return library.store().passage(e.passageId()).map(Hit::passage).orElseThrow().text();
    }

    @Test
    void should_give_the_briefers_key_point_cited_to_its_passage_not_the_lead_sentence() {
        DigestEntry e = entry("Pasar Rakyat Kembangan Diresmikan");

        assertThat(e.keyPoint()).isEqualTo("Wali Kota Jakarta Barat Sri Lestari meresmikan Pasar Rakyat Kembangan "
                + "bersama Dinas Koperasi DKI pada Selasa.");
        assertThat(passage(e)).contains(e.keyPoint());
        assertThat(e.ordinal()).isEqualTo(2); // the lead paragraph fills the first passage
        assertThat(e.passageId()).endsWith("#2");
    }

    @Test
    void should_keep_the_lead_sentence_when_no_sentence_makes_a_key_point() {
        DigestEntry e = entry("Galeri Banjir Pekan Ini");

        assertThat(e.keyPoint()).isEqualTo("Foto pilihan redaksi");
        assertThat(e.ordinal()).isEqualTo(1);
        assertThat(passage(e)).startsWith(e.keyPoint());
    }
}
