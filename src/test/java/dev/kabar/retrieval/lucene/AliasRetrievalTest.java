package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English questions and Indonesian short forms find passages written with the other variant. */
class AliasRetrievalTest {

    @TempDir
    static Path root;

    private static LuceneIndex index;

    @BeforeAll
    static void build() {
        LuceneIndexes.build(root, "s", NewsFixtures.news());
        index = LuceneIndexes.open(root, NewsFixtures.aliases(), Associations.bundled());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void should_find_indonesian_passage_when_question_is_english() {
        String question = "What did North Korea say about the UN Security Council sanctions?";

        assertThat(ids(index.search(question, 3)).getFirst()).isEqualTo("pakta#3");
        assertThat(ids(index.plain().search(question, 3))).doesNotContain("pakta#3");
    }

    @Test
    void should_find_ambassador_when_question_says_it_in_english() {
        assertThat(ids(index.search("Which ambassador was summoned?", 3)).getFirst()).isEqualTo("reaksi#2");
        assertThat(ids(index.plain().search("Which ambassador was summoned?", 3))).isEmpty();
    }

    @Test
    void should_find_sanksi_when_question_says_sanctions() {
        assertThat(ids(index.search("sanctions", 10))).containsExactlyInAnyOrder("pakta#3", "amerika#2");
    }

    @Test
    void should_find_korea_utara_when_question_says_korut() {
        assertThat(ids(index.search("Korut", 10))).contains("pakta#1", "reaksi#2", "rudal#1");
        assertThat(ids(index.plain().search("Korut", 10))).doesNotContain("pakta#1");
    }

    @Test
    void should_find_korut_when_question_says_korea_utara() {
        assertThat(ids(index.search("Korea Utara", 10))).contains("rudal#1", "pakta#1");
        assertThat(ids(index.plain().search("Korea Utara", 10))).doesNotContain("rudal#1");
    }

    @Test
    void should_find_north_korea_when_question_is_english() {
        assertThat(ids(index.search("North Korea missile launch", 3))).contains("rudal#1");
    }

    @Test
    void should_expand_as_only_when_written_in_capitals() {
        assertThat(ids(index.search("sanksi AS", 10))).contains("amerika#1");
        assertThat(ids(index.search("sanctions as", 10))).doesNotContain("amerika#1");
        assertThat(index.search("as", 10)).isEmpty();
    }

    @Test
    void should_match_variant_in_exact_field_when_indonesian_stop_list_erases_it(@TempDir Path other) {
        LuceneIndexes.build(other, "s", List.of(NewsFixtures.article("x", "X", "Kedua negara sama kuatnya."),
                NewsFixtures.article("y", "Y", "Kedua negara berbeda.")));
        AliasTable table = AliasTable.parse(List.of("sama | equally"));

        try (LuceneIndex small = LuceneIndexes.open(other, table, Associations.bundled())) {
            assertThat(ids(small.search("equally", 5))).containsExactly("x#1");
        }
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.passage().id()).toList();
    }
}
