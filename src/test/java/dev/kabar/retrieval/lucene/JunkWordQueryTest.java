package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** Junk "words" (hundreds of letters) get no fuzzy expansion: its automaton would cost up to a second. */
class JunkWordQueryTest {

    private final QueryBuilder builder =
            new QueryBuilder(Analyzers.perField(), NewsFixtures.aliases(), Associations.bundled());

    @Test
    void should_not_expand_a_word_longer_than_any_real_one_when_it_is_unseen() throws IOException {
        assertThat(fuzzyTerms("supercalifragilistic".repeat(50))).isEmpty();
        assertThat(fuzzyTerms("x".repeat(QueryBuilder.MAX_FUZZY_LENGTH + 1))).isEmpty();
    }

    @Test
    void should_still_expand_an_unseen_word_of_ordinary_length() throws IOException {
        assertThat(fuzzyTerms("ketidakbertanggungjawaban")).containsExactly("ketidakbertanggungjawaban");
    }

    private List<String> fuzzyTerms(String question) throws IOException {
        Query match = builder.build(question, CorpusStats.of(new MultiReader())).match();
        List<String> terms = new ArrayList<>();
        match.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query q) {
                if (q instanceof FuzzyQuery f) {
                    terms.add(f.getTerm().text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }
}
