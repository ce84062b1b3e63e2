package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.article.Article;
import dev.kabar.ingestion.AddedArticles;
import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.IndexException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles added and removed while the index serves: visible at once, kept by rebuilds, one writer. */
class LiveAddTest {

    @TempDir
    Path tmp;

    private CorpusIndex corpusIndex;
    private Path root;

    @BeforeEach
    void build() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("banjir.txt"), "Banjir di kota\n\nBanjir melanda kota pada hari Senin pagi. "
                + "Warga mengungsi ke tempat yang lebih tinggi.\n");
        Path furniture = Files.writeString(tmp.resolve("furniture.txt"), "");
        root = tmp.resolve("state/index");
        corpusIndex = new CorpusIndex(corpus, furniture, new PassageSplitter(), root,
                new AddedArticles(tmp.resolve("state")));
        corpusIndex.refresh(false, () -> {});
    }

    private static Article festival() {
        return NewsFixtures.article("web-0123456789abcdef", "Festival layang-layang di Pantai Parangtritis",
                "Ratusan layang-layang raksasa memenuhi langit Pantai Parangtritis pada festival tahunan hari Sabtu.");
    }

    @Test
    void should_answer_from_an_added_article_at_once_without_changing_the_stamp() {
        try (LiveIndex live = LiveIndex.open(root, AliasTable.empty(), Associations.bundled())) {
            String stampBefore = currentStamp();

            boolean created = corpusIndex.add(live, festival());
            boolean again = corpusIndex.add(live, festival());

            assertThat(created).isTrue();
            assertThat(again).isFalse();
            assertThat(live.search("layang-layang Parangtritis", 3))
                    .extracting(h -> h.article().id()).first().isEqualTo("web-0123456789abcdef");
            assertThat(live.articles()).hasSize(2);
            assertThat(currentStamp()).isEqualTo(stampBefore);
            assertThat(corpusIndex.refresh(false, () -> {})).isEmpty(); // no rebuild follows an add
        }
    }

    @Test
    void should_keep_added_articles_and_removals_across_a_rebuild() {
        try (LiveIndex live = LiveIndex.open(root, AliasTable.empty(), Associations.bundled())) {
            corpusIndex.add(live, festival());
            assertThat(corpusIndex.remove(live, "banjir")).isTrue();
            assertThat(corpusIndex.remove(live, "no-such-article")).isFalse();
            assertThat(live.search("banjir kota", 3)).isEmpty();

            corpusIndex.reindex(live);

            assertThat(live.articles()).extracting(a -> a.meta().id()).containsExactly("web-0123456789abcdef");
            assertThat(live.search("banjir kota", 3)).isEmpty();
        }
    }

    @Test
    void should_refuse_a_second_writer_while_one_holds_the_index() {
        try (LiveIndex serving = LiveIndex.open(root, AliasTable.empty(), Associations.bundled());
                LiveIndex other = LiveIndex.open(root, AliasTable.empty(), Associations.bundled())) {
            serving.put(festival());

            assertThatThrownBy(() -> other.put(festival()))
                    .isInstanceOf(IndexException.class)
                    .hasMessageContaining("another kabar is writing");
            assertThat(other.search("layang-layang", 3)).isEmpty(); // a reader opened before the add
        }
    }

    private String currentStamp() {
        try (Directory dir = FSDirectory.open(new Generations(root).dir(new Generations(root).current().orElseThrow()))) {
            return SegmentInfos.readLatestCommit(dir).getUserData().get(ArticleWriter.STAMP_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
