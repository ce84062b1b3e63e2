package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.retrieval.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any text at all yields a list (possibly empty), never an exception. */
class HostileQueryTest {

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

    static Stream<String> hostile() {
        Random random = new Random(42);
        String manyWords = IntStream.range(0, 2_000)
                .mapToObj(i -> "kata" + random.nextInt(100_000))
                .collect(Collectors.joining(" "));
        return Stream.of(
                "",
                " ",
                "\t\n\r  \u00a0\u2003",
                "\"*:(",
                "AND OR NOT",
                "title:foo~2^3",
                "text:[a TO z]",
                "*",
                "?",
                "a*b?c",
                "(((((",
                ")))))",
                "\"unbalanced phrase",
                "+- && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
                "/regex.*/",
                "korea~0.5",
                "\\",
                "😀😃😄🇮🇩",
                "🇰🇵 Korea 🇷🇺",
                "\u0000\u0001\u0007\u001b[31m",
                "\u200b\u200c\u200d\ufeff",
                "Ko\u200brut",
                "\u202eKorea Utara\u202c",
                "كوريا الشمالية",
                "עברית",
                "北朝鮮 朝鲜",
                "\ud800 lone surrogate \udfff",
                "a".repeat(10_000),
                "Korea ".repeat(2_000),
                "North Korea UN Security Council AS ambassador sanctions ".repeat(200),
                manyWords,
                everyAliasGroup(),
                "apa siapa kapan the of and yang di");
    }

    /** One variant of every alias group, plus filler words: the widest query the table allows. */
    private static String everyAliasGroup() {
        try {
            return Files.readAllLines(Path.of("config/aliases.txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("|") && !l.startsWith("#"))
                    .map(l -> l.substring(l.lastIndexOf('|') + 1).strip() + " berita" + l.length())
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void should_return_a_list_when_input_is_hostile(String text) {
        List<Hit> hits = index.search(text, 10);
        List<Hit> plain = index.plain().search(text, 10);

        assertThat(hits).hasSizeLessThanOrEqualTo(10);
        assertThat(plain).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void should_return_nothing_when_input_has_no_content_word() {
        assertThat(index.search("", 10)).isEmpty();
        assertThat(index.search("apa siapa kapan the of and yang di", 10)).isEmpty();
        assertThat(index.search("😀😃😄", 10)).isEmpty();
        assertThat(index.search(null, 10)).isEmpty();
    }

    @Test
    void should_treat_operators_as_words_when_they_surround_real_words() {
        assertThat(index.search("title:sanksi~2^3 AND (Korut)", 10)).isNotEmpty();
        assertThat(index.search("Ko\u200brut", 10)).extracting(h -> h.passage().id()).contains("rudal#1");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void should_stay_well_under_the_clause_limit_when_input_is_long(String text) throws java.io.IOException {
        QueryBuilder builder = new QueryBuilder(Analyzers.perField(), NewsFixtures.aliases(), Associations.bundled());

        // an empty reader knows no word, so every long word also gets its fuzzy variant: the worst case
        QueryBuilder.Ranking ranking = builder.build(text, CorpusStats.of(new MultiReader()));
        int leaves = leafCount(ranking.match()) + (ranking.proximity() == null ? 0 : leafCount(ranking.proximity()));

        assertThat(leaves).isLessThanOrEqualTo(400).isLessThan(IndexSearcher.getMaxClauseCount() / 2);
    }

    private static int leafCount(Query query) {
        int[] leaves = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                leaves[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return leaves[0];
    }
}
