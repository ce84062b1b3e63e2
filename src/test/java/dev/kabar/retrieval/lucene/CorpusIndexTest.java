package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.IndexReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus is indexed when its stamp changes, and a re-index switches the live index to the new generation. */
class CorpusIndexTest {

    @TempDir
    Path tmp;

    private CorpusIndex corpusIndex(Path corpus) throws Exception {
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Banjir di kota\n\nBanjir melanda kota pada hari Senin pagi. "
                + "Warga mengungsi ke tempat yang lebih tinggi.\n");
        Path furniture = Files.writeString(tmp.resolve("furniture.txt"), "");
        return new CorpusIndex(corpus, furniture, new PassageSplitter(), tmp.resolve("index"));
    }

    @Test
    void should_build_only_when_forced_or_when_the_corpus_changed() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusIndex index = corpusIndex(corpus);
        AtomicInteger starts = new AtomicInteger();

        Optional<IndexReport> first = index.refresh(false, starts::incrementAndGet);
        Optional<IndexReport> again = index.refresh(false, starts::incrementAndGet);
        Optional<IndexReport> forced = index.refresh(true, starts::incrementAndGet);
        Files.writeString(corpus.resolve("b.txt"), "Gempa di pulau\n\nGempa mengguncang pulau itu pada malam hari.\n");
        Optional<IndexReport> changed = index.refresh(false, starts::incrementAndGet);

        assertThat(first).hasValueSatisfying(r -> assertThat(r.rebuilt()).isTrue());
        assertThat(first.get().articles()).isEqualTo(1);
        assertThat(again).isEmpty();
        assertThat(forced).isPresent();
        assertThat(changed).hasValueSatisfying(r -> assertThat(r.articles()).isEqualTo(2));
        assertThat(starts).hasValue(3);
    }

    @Test
    void should_switch_the_live_index_to_the_new_generation_when_reindexed() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusIndex index = corpusIndex(corpus);
        index.refresh(false, () -> {});
        try (LiveIndex live = LiveIndex.open(tmp.resolve("index"), AliasTable.empty(), Associations.bundled())) {
            long before = live.version();
            Files.writeString(corpus.resolve("b.txt"), "Gempa di pulau\n\nGempa mengguncang pulau itu pada malam hari.\n");

            IndexReport report = index.reindex(live);

            assertThat(report.articles()).isEqualTo(2);
            assertThat(live.articles()).hasSize(2);
            assertThat(live.search("gempa pulau", 3)).isNotEmpty();
            assertThat(live.version()).isNotEqualTo(before);
        }
    }
}
