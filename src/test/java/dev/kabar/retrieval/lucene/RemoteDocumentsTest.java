package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.article.Passage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteDocumentsTest {

    private final Article article = NewsFixtures.article("a1", "Banjir melanda kota pesisir",
            "Banjir yang melanda kota itu merendam ratusan rumah warga.",
            "Wali kota meminta warga mengungsi ke gedung sekolah.");

    @Test
    void should_give_the_article_first_then_one_document_per_passage() {
        List<Map<String, List<Object>>> docs = new RemoteDocuments(IndexStemmer.DEFAULT).of(article);

        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).get(RemoteDocuments.TYPE)).containsExactly(RemoteDocuments.ARTICLE);
        assertThat(docs.get(0)).doesNotContainKeys(RemoteDocuments.TEXT, RemoteDocuments.STORED_TEXT);
        assertThat(docs.get(1).get(RemoteDocuments.TYPE)).containsExactly(RemoteDocuments.PASSAGE);
        assertThat(docs.get(2).get(RemoteDocuments.ID)).containsExactly("a1#2");
        assertThat(docs).allSatisfy(d -> assertThat(d.get(RemoteDocuments.ARTICLE_ID)).containsExactly("a1"));
    }

    @Test
    void should_send_analysed_terms_with_a_gap_mark_for_each_dropped_stop_word() {
        Map<String, List<Object>> passage = new RemoteDocuments(IndexStemmer.DEFAULT).of(article).get(1);
        String terms = (String) passage.get(RemoteDocuments.TEXT).get(0);

        // "yang" and "itu" are stop words: their positions stay, marked, so phrases match as in kabar's index
        assertThat(terms.split(" ")[1]).isEqualTo(RemoteDocuments.GAP);
        assertThat(terms).doesNotContain("yang");
        long counted = Arrays.stream(terms.split(" ")).filter(t -> !t.equals(RemoteDocuments.GAP)).count();
        assertThat(passage.get(RemoteDocuments.TEXT_LENGTH)).containsExactly((int) counted);
        assertThat(passage.get(RemoteDocuments.STORED_TEXT)).containsExactly(article.passages().get(0).text());
    }

    @Test
    void should_read_a_passage_and_its_article_back_from_the_stored_values() {
        Map<String, List<Object>> doc = new RemoteDocuments(IndexStemmer.DEFAULT).of(article).get(2);

        Passage p = RemoteDocuments.passage(doc::get);

        assertThat(p).isEqualTo(article.passages().get(1));
        assertThat(RemoteDocuments.meta(doc::get)).isEqualTo(article.meta());
    }
}
