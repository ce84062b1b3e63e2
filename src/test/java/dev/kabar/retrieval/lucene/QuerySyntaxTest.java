package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    @Test
    void should_quote_every_term_so_no_character_of_it_is_syntax() {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "a\"b\\c")), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("exact", "title:foo~2^3")), 0.4f), Occur.SHOULD)
                .add(new TermQuery(new Term("text", "{!maxscore")), Occur.MUST)
                .build();

        QuerySyntax.Written w = QuerySyntax.write(q, "p");

        assertThat(w.query()).isEqualTo("(text:\"a\\\"b\\\\c\" (exact:\"title:foo~2^3\")^0.4 +text:\"{!maxscore\")");
        assertThat(w.params()).isEmpty();
    }

    @Test
    void should_keep_a_phrase_gap_as_the_gap_mark_and_its_slop() {
        PhraseQuery p = new PhraseQuery.Builder().add(new Term("text", "kantor"), 0).add(new Term("text", "negeri"), 2)
                .setSlop(1).build();

        assertThat(QuerySyntax.write(p, "p").query())
                .isEqualTo("text:\"kantor " + RemoteDocuments.GAP + " negeri\"~1");
    }

    @Test
    void should_write_a_disjunction_max_as_a_nested_query_with_its_text_in_a_parameter() {
        DisjunctionMaxQuery d = new DisjunctionMaxQuery(List.of(new TermQuery(new Term("text", "belanda")),
                new BoostQuery(new PhraseQuery(1, "text", "negeri", "belanda"), 0.7f)), 0.1f);
        BooleanQuery q = new BooleanQuery.Builder().add(new BoostQuery(d, 2f), Occur.SHOULD).add(d, Occur.SHOULD).build();

        QuerySyntax.Written w = QuerySyntax.write(q, "kq");

        assertThat(w.query()).isEqualTo("(({!maxscore tie=0.1 v=$kq1})^2.0 {!maxscore tie=0.1 v=$kq2})");
        assertThat(w.params()).containsEntry("kq1", "text:\"belanda\" (text:\"negeri belanda\"~1)^0.7")
                .containsEntry("kq2", "text:\"belanda\" (text:\"negeri belanda\"~1)^0.7");
    }

    @Test
    void should_escape_a_misspelt_word_for_its_fuzzy_clause() {
        assertThat(QuerySyntax.write(new FuzzyQuery(new Term("exact", "a:b(c)"), 2), "p").query())
                .isEqualTo("exact:a\\:b\\(c\\)~2");
    }

    @Test
    void should_refuse_what_it_cannot_write_rather_than_change_the_query() {
        BooleanQuery atLeastTwo = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                .add(new TermQuery(new Term("text", "a")), Occur.SHOULD)
                .add(new TermQuery(new Term("text", "b")), Occur.SHOULD)
                .add(new TermQuery(new Term("text", "c")), Occur.SHOULD)
                .build();

        assertThatThrownBy(() -> QuerySyntax.write(atLeastTwo, "p")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum-should-match");
    }
}
