package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.retrieval.Hit;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** A passage of an article whose headline opens with the question's subject beats one mentioning it in passing. */
class HeadFieldTest extends OnSmallIndex {

    @Override
    List<Article> articles() {
        return List.of(
                // same words in both headlines; the passage about the subject is longer, so plain text scores favour the other
                NewsFixtures.article("passing", "Warga Bogor panik, Katulampa meluap",
                        "Air kiriman dari hulu membuat pintu air dibuka sejak pagi, kata petugas."),
                NewsFixtures.article("about", "Katulampa meluap, warga Bogor panik",
                        "Air kiriman dari hulu membuat pintu air dibuka sejak pagi tadi, kata petugas jaga bendungan."),
                NewsFixtures.article("f1", "Pasar", "Harga beras naik sepuluh persen pekan ini."));
    }

    @Test
    void should_rank_the_article_whose_headline_opens_with_the_subject_first_when_both_headlines_hold_the_same_words() {
        List<String> ids = index.search("Mengapa pintu air Katulampa dibuka?", 2).stream()
                .map(Hit::passage).map(p -> p.articleId()).toList();

        assertThat(ids).containsExactly("about", "passing");
    }

    @Test
    void should_index_only_the_first_words_of_the_headline_as_its_head() {
        TitleTokens title = TitleTokens.analyse(Analyzers.perField(), "Bendungan Katulampa meluap lagi hari ini");
        assertThat(terms(title)).hasSizeGreaterThan(ArticleDocuments.HEAD_TERMS);
        assertThat(headTerms(title)).hasSize(ArticleDocuments.HEAD_TERMS).containsExactlyElementsOf(
                terms(title).subList(0, ArticleDocuments.HEAD_TERMS));
    }

    private static List<String> terms(TitleTokens t) {
        return drain(t.stream());
    }

    private static List<String> headTerms(TitleTokens t) {
        return drain(t.head(ArticleDocuments.HEAD_TERMS));
    }

    private static List<String> drain(TokenStream ts) {
        var term = ts.addAttribute(CharTermAttribute.class);
        List<String> out = new java.util.ArrayList<>();
        try (ts) {
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
