package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.retrieval.IndexReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live index behind {@code /reindex}: swapped under readers, kept when a build fails. */
class ReindexTest {

    @TempDir
    Path tmp;

    private Library open(Path corpus) throws Exception {
        Files.createDirectories(corpus);
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(corpus, tmp.resolve("index"), null, false), m -> {});
    }

    @Test
    void should_keep_answering_searches_while_generations_are_swapped() throws Exception {
        Path corpus = tmp.resolve("corpus");
        try (Library library = open(corpus)) {
            int before = library.store().articles().size();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger searches = new AtomicInteger();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            Thread reader = Thread.ofPlatform().start(() -> {
                while (!done.get() || searches.get() == 0) {
                    try {
                        assertThat(library.retriever().search("pakta pertahanan Rusia Korea Utara", 5)).isNotEmpty();
                        library.store().articles();
                        searches.incrementAndGet();
                    } catch (Throwable t) {
                        errors.add(t);
                        return;
                    }
                }
            });
            IndexReport last = null;
            for (int i = 0; i < 3; i++) {
                Files.writeString(corpus.resolve("9" + i + "_extra.txt"), "Berita tambahan " + i
                        + "\n\nPanitia lomba perahu naga di Danau Toba mengumumkan pemenang ke-" + i + " pada Minggu.\n");
                last = library.reindexer().reindex();
            }
            done.set(true);
            reader.join();

            assertThat(errors).isEmpty();
            assertThat(searches.get()).isPositive();
            assertThat(last.rebuilt()).isTrue();
            assertThat(last.articles()).isEqualTo(before + 3);
            assertThat(library.store().articles()).hasSize(before + 3);
            assertThat(library.retriever().search("perahu naga Danau Toba", 3)).isNotEmpty();
        }
    }

    @Test
    void should_change_the_store_version_when_a_new_generation_is_swapped_in() throws Exception {
        Path corpus = tmp.resolve("corpus");
        try (Library library = open(corpus)) {
            long before = library.store().version();
            assertThat(library.store().version()).isEqualTo(before);

            Files.writeString(corpus.resolve("99_extra.txt"), "Berita tambahan\n\nPanitia lomba perahu naga "
                    + "di Danau Toba mengumumkan pemenang pada Minggu.\n");
            library.reindexer().reindex();

            assertThat(library.store().version()).isNotEqualTo(before);
        }
    }

    @Test
    void should_keep_the_old_index_serving_when_the_corpus_cannot_be_read() throws Exception {
        Path corpus = tmp.resolve("corpus");
        try (Library library = open(corpus)) {
            int before = library.store().articles().size();
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(corpus);

            assertThatThrownBy(() -> library.reindexer().reindex()).satisfies(e ->
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
            assertThat(library.store().articles()).hasSize(before);
            assertThat(library.retriever().search("pakta pertahanan", 3)).isNotEmpty();
        }
    }
}
