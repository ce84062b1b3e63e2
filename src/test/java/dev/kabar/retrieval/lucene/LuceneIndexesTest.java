package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.article.Article;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.IndexException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexesTest {

    @TempDir
    Path root;

    @Test
    void should_switch_current_and_delete_old_generation_when_rebuilt() throws IOException {
        BuildReport first = LuceneIndexes.build(root, "a", NewsFixtures.news());
        BuildReport second = LuceneIndexes.build(root, "b", NewsFixtures.news().subList(0, 2));

        assertThat(first.generation()).isEqualTo("000001");
        assertThat(second.generation()).isEqualTo("000002");
        assertThat(current()).isEqualTo("000002");
        assertThat(entries()).containsExactlyInAnyOrder("000002", "CURRENT");
        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            assertThat(index.articles()).hasSize(2);
        }
    }

    @Test
    void should_report_counts_when_built() {
        List<Article> news = new ArrayList<>(NewsFixtures.news());
        news.add(NewsFixtures.article("kosong", "Tanpa isi"));

        BuildReport report = LuceneIndexes.build(root, "a", news);

        assertThat(report.articles()).isEqualTo(6);
        assertThat(report.passages()).isEqualTo(11);
        assertThat(report.empty()).isEqualTo(1);
        assertThat(report.elapsed()).isPositive();
    }

    @Test
    void should_tell_whether_current_generation_has_stamp() {
        assertThat(LuceneIndexes.isCurrent(root, "a")).isFalse(); // nothing built yet

        LuceneIndexes.build(root, "a", NewsFixtures.news());

        assertThat(LuceneIndexes.isCurrent(root, "a")).isTrue();
        assertThat(LuceneIndexes.isCurrent(root, "b")).isFalse();
        assertThat(LuceneIndexes.isCurrent(root.resolve("missing"), "a")).isFalse();
    }

    @Test
    void should_ignore_and_later_remove_leftover_building_dir_when_a_build_crashed() throws IOException {
        LuceneIndexes.build(root, "a", NewsFixtures.news());
        Path crashed = Files.createDirectory(root.resolve("000007.building"));
        Files.writeString(crashed.resolve("_0.cfs"), "half-written junk", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("CURRENT.tmp"), "0000", StandardCharsets.UTF_8);

        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            assertThat(index.passageCount()).isEqualTo(11);
        }
        BuildReport next = LuceneIndexes.build(root, "b", NewsFixtures.news());

        assertThat(crashed).doesNotExist();
        assertThat(next.generation()).isEqualTo("000002"); // the dead build's number is free again
        assertThat(entries()).containsExactlyInAnyOrder("000002", "CURRENT");
    }

    @Test
    void should_keep_previous_generation_when_a_build_fails_midway() throws IOException {
        LuceneIndexes.build(root, "a", NewsFixtures.news());
        Iterable<Article> failing = () -> new Iterator<>() {
            private final Iterator<Article> news = NewsFixtures.news().iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Article next() {
                if (!news.hasNext()) {
                    throw new IllegalStateException("corpus file vanished");
                }
                return news.next();
            }
        };

        assertThatThrownBy(() -> LuceneIndexes.build(root, "b", failing)).hasMessage("corpus file vanished");

        assertThat(LuceneIndexes.isCurrent(root, "a")).isTrue();
        assertThat(entries()).containsExactlyInAnyOrder("000001", "CURRENT");
        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            assertThat(index.search("sanksi", 5)).isNotEmpty();
        }
    }

    @Test
    void should_keep_one_copy_when_the_same_articles_are_indexed_twice() {
        List<Article> twice = Stream.concat(NewsFixtures.news().stream(), NewsFixtures.news().stream()).toList();
        LuceneIndexes.build(root, "a", twice);

        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            assertThat(index.passageCount()).isEqualTo(11);
            assertThat(index.articles()).hasSize(5);

            LuceneIndexes.update(root, NewsFixtures.news());
            index.refresh();

            assertThat(index.passageCount()).isEqualTo(11);
            assertThat(index.articles()).hasSize(5);
        }
        assertThat(LuceneIndexes.isCurrent(root, "a")).isTrue(); // an update keeps the stamp
    }

    @Test
    void should_replace_all_passages_when_an_article_is_updated() {
        LuceneIndexes.build(root, "a", NewsFixtures.news());
        Article shorter = NewsFixtures.article("pakta", "Pakta diteken", "Satu paragraf tentang pakta saja.");

        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            LuceneIndexes.update(root, List.of(shorter, NewsFixtures.article("baru", "Baru", "Berita baru.")));
            index.refresh();

            assertThat(index.article("pakta")).contains(shorter);
            assertThat(index.passage("pakta#2")).isEmpty(); // no stale passage left behind
            assertThat(index.passageCount()).isEqualTo(10);
            assertThat(index.article("baru")).isPresent();
        }
    }

    @Test
    void should_explain_what_to_do_when_there_is_no_index() {
        assertThatThrownBy(() -> LuceneIndexes.open(root.resolve("nothing"), AliasTable.empty(), Associations.bundled()))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("no index at")
                .hasMessageContaining("run ./kabar index");
        assertThatThrownBy(() -> LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled()))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("run ./kabar index");
    }

    @Test
    void should_explain_what_to_do_when_current_generation_is_missing() throws IOException {
        LuceneIndexes.build(root, "a", NewsFixtures.news());
        Files.writeString(root.resolve("CURRENT"), "000042\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled()))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("unreadable")
                .hasMessageContaining("run ./kabar index to rebuild it")
                .hasMessageNotContaining("\n");
        assertThat(LuceneIndexes.isCurrent(root, "a")).isFalse();
    }

    @Test
    void should_explain_what_to_do_when_current_generation_is_corrupt() throws IOException {
        LuceneIndexes.build(root, "a", NewsFixtures.news());
        try (Stream<Path> files = Files.list(root.resolve("000001"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        assertThatThrownBy(() -> LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled()))
                .isInstanceOf(IndexException.class)
                .hasMessageStartingWith("index at " + root + " is unreadable (")
                .hasMessageEndingWith("): run ./kabar index to rebuild it")
                .hasMessageNotContaining("\n");
        assertThat(LuceneIndexes.isCurrent(root, "a")).isFalse();

        LuceneIndexes.build(root, "b", NewsFixtures.news()); // and a rebuild recovers
        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            assertThat(index.passageCount()).isEqualTo(11);
        }
    }

    @Test
    void should_explain_what_to_do_when_root_is_not_writable() throws IOException {
        Path file = Files.writeString(root.resolve("a-file"), "not a directory", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LuceneIndexes.build(file, "a", NewsFixtures.news()))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("cannot create index directory " + file)
                .hasMessageContaining("pass --index DIR");
    }

    private String current() throws IOException {
        return Files.readString(root.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
