package dev.kabar.retrieval.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.SearchIndex;
import dev.kabar.retrieval.lucene.Associations;
import dev.kabar.retrieval.lucene.IndexStemmer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Changes to a SolrCloud collection of 2 shards × 2 replicas, on a collection of this class's own:
 * builds with stamps, articles put, replaced and removed, each visible to the next search and
 * counted in {@code version()}, {@code passageCount()} and {@code articles()}.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SolrChangesTest {

    private static SolrLocalCluster cluster;
    private static String collection;
    private static SolrIndex index;

    @BeforeAll
    static void open() {
        cluster = SolrLocalCluster.shared();
        collection = BundledOnSolr.collectionName("changes");
        index = SolrCluster.open(new SolrCluster.Settings(cluster.urls(), cluster.zkHosts(), collection, 2, 2),
                IndexStemmer.DEFAULT, AliasTable.empty(), Associations.bundled());
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
            try (SolrNodes nodes = new SolrNodes(cluster.urls())) { // the cluster is shared: leave it as it was
                SolrCluster.drop(nodes, collection);
            }
        }
    }

    @Test
    void should_be_current_only_for_the_stamp_of_the_last_complete_build() {
        assertThat(index.isCurrent("stamp-a")).as("a new collection holds no build").isFalse();

        SearchIndex.Built built = index.build("stamp-a", List.of(flood(), rice()), m -> {});

        assertThat(built).isEqualTo(new SearchIndex.Built(2, 5));
        assertThat(index.isCurrent("stamp-a")).isTrue();
        assertThat(index.isCurrent("stamp-b")).isFalse();
        assertThat(index.isCurrent("")).isFalse();
        assertThat(index.passageCount()).isEqualTo(5);
        assertThat(index.articles()).extracting(a -> a.meta().id()).containsExactly("banjir", "beras");

        index.build("stamp-b", List.of(rice()), m -> {});

        assertThat(index.isCurrent("stamp-b")).isTrue();
        assertThat(index.isCurrent("stamp-a")).isFalse();
        assertThat(index.articles()).extracting(a -> a.meta().id()).containsExactly("beras");
        assertThat(index.article("banjir")).as("a build replaces what the collection held").isEmpty();
        assertThat(index.search("banjir Bekasi", 10)).isEmpty();
    }

    @Test
    void should_show_a_put_article_to_the_next_search_and_change_the_version() {
        index.build("stamp-c", List.of(rice()), m -> {});
        long before = index.version();
        int passages = index.passageCount();

        index.put(flood());

        assertThat(index.version()).isNotEqualTo(before);
        assertThat(index.passageCount()).isEqualTo(passages + 3);
        assertThat(index.article("banjir")).hasValue(flood());
        assertThat(index.passage("banjir#2").map(Hit::passage)).hasValue(flood().passages().get(1));
        assertThat(index.search("banjir Bekasi", 10)).isNotEmpty()
                .allMatch(h -> h.passage().articleId().equals("banjir"));
        assertThat(index.isCurrent("stamp-c")).as("a put keeps the build's stamp").isTrue();
    }

    @Test
    void should_leave_no_stale_passage_when_an_article_is_replaced_by_fewer_passages() {
        index.build("stamp-d", List.of(flood(), rice()), m -> {});
        long before = index.version();
        Article shorter = article("banjir", "Banjir surut di Bekasi", "Air banjir di Bekasi surut pada Selasa pagi.");

        index.put(shorter);

        assertThat(index.version()).isNotEqualTo(before);
        assertThat(index.passageCount()).isEqualTo(1 + 2);
        assertThat(index.article("banjir")).hasValue(shorter);
        assertThat(index.passage("banjir#1").map(h -> h.passage().text())).hasValue("Air banjir di Bekasi surut pada Selasa pagi.");
        assertThat(index.passage("banjir#2")).isEmpty();
        assertThat(index.passage("banjir#3")).isEmpty();
        assertThat(index.search("pengungsi posko", 10)).as("words only the old passages held").isEmpty();
        assertThat(index.articles()).filteredOn(a -> a.meta().id().equals("banjir"))
                .singleElement().satisfies(a -> assertThat(a.passageCount()).isEqualTo(1));
    }

    @Test
    void should_remove_an_article_with_all_its_passages_and_say_when_there_was_none() {
        index.build("stamp-e", List.of(flood(), rice()), m -> {});
        long before = index.version();

        assertThat(index.remove("banjir")).isTrue();

        assertThat(index.version()).isNotEqualTo(before);
        assertThat(index.article("banjir")).isEmpty();
        assertThat(index.passage("banjir#1")).isEmpty();
        assertThat(index.passageCount()).isEqualTo(2);
        assertThat(index.articles()).extracting(a -> a.meta().id()).containsExactly("beras");
        assertThat(index.search("banjir Bekasi", 10)).isEmpty();
        long after = index.version();
        assertThat(index.remove("banjir")).isFalse();
        assertThat(index.remove("no \" such\\ id:*")).isFalse();
        assertThat(index.article("beras")).hasValue(rice());
        assertThat(index.version()).as("removing nothing changes nothing searched").isGreaterThanOrEqualTo(after);
    }

    @Test
    void should_keep_ids_with_query_syntax_apart() {
        index.build("stamp-f", List.of(rice()), m -> {});
        Article odd = article("a:b \"c\" *\\", "Harga cabai naik", "Harga cabai rawit di pasar naik dua kali lipat.");

        index.put(odd);

        assertThat(index.article("a:b \"c\" *\\")).hasValue(odd);
        assertThat(index.article("*")).isEmpty();
        assertThat(index.passage("a:b \"c\" *\\#1")).isPresent();
        assertThat(index.remove("*")).isFalse();
        assertThat(index.articles()).hasSize(2);
        assertThat(index.remove("a:b \"c\" *\\")).isTrue();
        assertThat(index.articles()).extracting(a -> a.meta().id()).containsExactly("beras");
    }

    private static Article flood() {
        return article("banjir", "Banjir melanda Bekasi",
                "Banjir melanda sejumlah perumahan di Bekasi pada Senin setelah hujan deras semalaman.",
                "Ratusan warga mengungsi ke posko yang didirikan pemerintah kota.",
                "Para pengungsi menerima bantuan makanan dan selimut di posko tersebut.");
    }

    private static Article rice() {
        return article("beras", "Harga beras naik menjelang Lebaran",
                "Harga beras di pasar tradisional naik sepuluh persen pekan ini.",
                "Pedagang mengatakan pasokan dari daerah produsen berkurang karena musim kemarau.");
    }

    private static Article article(String id, String title, String... paragraphs) {
        ArticleMeta meta = new ArticleMeta(id, title, "Kabar Harian", "Redaksi", LocalDate.of(2025, 3, 3),
                "https://example.org/" + id.length(), "id");
        String text = String.join("\n\n", paragraphs);
        List<Passage> passages = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            int start = text.indexOf(paragraphs[i], from);
            passages.add(Passage.of(id, i + 1, paragraphs[i], start, start + paragraphs[i].length()));
            from = start + paragraphs[i].length();
        }
        return new Article(meta, text, passages);
    }
}
