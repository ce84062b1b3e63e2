package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kabar.retrieval.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Query building and search on arbitrary text, over a small index of the news fixtures. Seeds in
 * {@code src/test/resources/dev/kabar/retrieval/lucene/QueryFuzzTestInputs/}; fuzz with {@code JAZZER_FUZZ=1}.
 */
class QueryFuzzTest {

    private static final LuceneIndex INDEX = build();
    private static final QueryBuilder BUILDER =
            new QueryBuilder(Analyzers.perField(), NewsFixtures.aliases(), Associations.bundled());

    /** Built once per JVM and shared by every fuzz input; removed when the JVM exits. */
    private static LuceneIndex build() {
        try {
            Path root = Files.createTempDirectory("kabar-query-fuzz-");
            LuceneIndexes.build(root, "s", NewsFixtures.news());
            LuceneIndex index = LuceneIndexes.open(root, NewsFixtures.aliases(), Associations.bundled());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                index.close();
                try (var files = Files.walk(root)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | RuntimeException e) {
                    // a temp dir left behind is harmless
                }
            }, "kabar-query-fuzz-cleanup"));
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any text gives at most k hits from both retrievers, never an exception. */
    @FuzzTest(maxDuration = "5m")
    void should_search_any_text(FuzzedDataProvider data) {
        int k = data.consumeInt(1, 20);
        String text = data.consumeRemainingAsString();

        List<Hit> hits = INDEX.search(text, k);

        assertThat(hits).hasSizeLessThanOrEqualTo(k);
        assertThat(INDEX.plain().search(text, k)).hasSizeLessThanOrEqualTo(k);
        hits.forEach(h -> assertThat(h.passage().text()).isNotEmpty());
    }

    /** Any text builds a query far below Lucene's clause limit, even against a reader that knows no word. */
    @FuzzTest(maxDuration = "5m")
    void should_build_a_bounded_query_from_any_text(FuzzedDataProvider data) throws IOException {
        QueryBuilder.Ranking ranking = BUILDER.build(data.consumeRemainingAsString(), CorpusStats.of(new MultiReader()));

        int leaves = leaves(ranking.match()) + (ranking.proximity() == null ? 0 : leaves(ranking.proximity()));
        assertThat(leaves).isLessThanOrEqualTo(400).isLessThan(IndexSearcher.getMaxClauseCount() / 2);
    }

    private static int leaves(Query query) {
        int[] n = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                n[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                n[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return n[0];
    }
}
