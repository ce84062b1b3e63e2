package dev.kabar.retrieval.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.lucene.Associations;
import dev.kabar.retrieval.lucene.IndexStemmer;
import dev.kabar.retrieval.lucene.RemoteRanking;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The term counts a question asks of the cluster: remembered while the collection stays as it was,
 * and no longer; and an article put while serving is there, once.
 */
class SolrStatisticsTest {

    private static final String FIELD = "text";

    @Test
    void should_count_a_term_afresh_when_the_collection_changes_after_it_was_counted() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        String name = String.format(Locale.ROOT, "kabar_t_%08x", ThreadLocalRandom.current().nextInt());
        SolrCluster.Settings settings = new SolrCluster.Settings(cluster.urls(), "", name, 2, 1);
        try (SolrIndex index = SolrCluster.open(settings, IndexStemmer.DEFAULT, AliasTable.empty(), Associations.bundled())) {
            SolrStatistics statistics = index.statistics();
            index.put(article("a1", "Gempa mengguncang pesisir selatan pada malam hari."));
            long before = count(statistics, "gempa");

            index.put(article("a2", "Warga mengungsi setelah gempa susulan."));
            long after = count(statistics, "gempa");

            assertThat(before).isEqualTo(1);
            assertThat(after).as("a change made here is a new version: not the remembered count").isEqualTo(2);
            assertThat(count(statistics, "gempa")).isEqualTo(2);
            assertThat(statistics.termCounts(Map.of(FIELD, Set.of("tsunami"))).getOrDefault(FIELD, Map.of())).isEmpty();
        } finally {
            SolrCollections.delete(cluster.urls().getFirst(), name);
        }
    }

    @Test
    void should_find_an_article_put_while_serving_and_replace_it_when_put_again() throws Exception {
        SolrLocalCluster cluster = SolrLocalCluster.shared();
        String name = String.format(Locale.ROOT, "kabar_t_%08x", ThreadLocalRandom.current().nextInt());
        SolrCluster.Settings settings = new SolrCluster.Settings(cluster.urls(), "", name, 2, 1);
        try (SolrIndex index = SolrCluster.open(settings, IndexStemmer.DEFAULT, AliasTable.empty(), Associations.bundled())) {
            index.put(article("a1", "Gempa mengguncang pesisir selatan pada malam hari."));
            index.put(article("a1", "Banjir merendam pesisir selatan pada malam hari."));

            assertThat(index.article("a1")).hasValueSatisfying(a -> assertThat(a.text()).startsWith("Banjir"));
            assertThat(index.search("banjir pesisir", 5)).hasSize(1);
            assertThat(index.search("gempa", 5)).isEmpty();
            assertThat(index.passageCount()).isEqualTo(1);
        } finally {
            SolrCollections.delete(cluster.urls().getFirst(), name);
        }
    }

    private static long count(SolrStatistics statistics, String term) {
        Map<String, Map<String, RemoteRanking.Count>> counts = statistics.termCounts(Map.of(FIELD, Set.of(term)));
        RemoteRanking.Count c = counts.getOrDefault(FIELD, Map.of()).get(term);
        return c == null ? 0 : c.docFreq();
    }

    private static Article article(String id, String text) {
        return new Article(ArticleMeta.of(id, ""), text, List.of(Passage.of(id, 1, text, 0, text.length())));
    }
}
