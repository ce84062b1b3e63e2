package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Article documents hold every searchable field empty: norms are dense, field statistics unchanged. */
class DenseNormsTest {

    private static final List<String> SEARCHABLE = List.of(Fields.TEXT, Fields.EXACT, Fields.TITLE, Fields.HEAD);

    @Test
    void should_give_every_document_a_norm_without_counting_article_documents_in_the_statistics() throws Exception {
        List<Article> articles = List.of(
                NewsFixtures.article("a", "Katulampa meluap", "Air kiriman dari hulu membuat pintu air dibuka."),
                NewsFixtures.article("b", "Pasar", "Harga beras naik sepuluh persen pekan ini."));
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
                ArticleWriter.write(writer, "g", true, articles, "s");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                int passages = articles.stream().mapToInt(a -> a.passages().size()).sum();
                assertThat(leaf.maxDoc()).isEqualTo(passages + articles.size());
                for (String field : SEARCHABLE) {
                    assertThat(leaf.getNormValues(field).cost()).as(field + " norms").isEqualTo(leaf.maxDoc());
                    assertThat(reader.getDocCount(field)).as(field + " docCount").isEqualTo(passages);
                }
            }
        }
    }
}
