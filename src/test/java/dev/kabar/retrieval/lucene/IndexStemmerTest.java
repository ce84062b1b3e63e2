package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabar.article.Article;
import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.IndexException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index remembers the stemmer it was built with and is searched, and added to, with it. */
class IndexStemmerTest {

    @TempDir
    Path tmp;

    private static final List<Article> NEWS = List.of(
            NewsFixtures.article("sign", "Perjanjian", "Kedua menteri menandatangani perjanjian dagang di Jakarta."),
            NewsFixtures.article("flood", "Banjir", "Banjir merendam tiga desa di Demak."));

    private static String stemmerIn(Path root) throws Exception {
        Path generation = Files.list(root).filter(Files::isDirectory).findFirst().orElseThrow();
        try (Directory dir = FSDirectory.open(generation)) {
            return SegmentInfos.readLatestCommit(dir).getUserData().get(IndexStemmer.COMMIT_KEY);
        }
    }

    @Test
    void should_record_the_stemmer_and_search_with_it_when_built_with_another_than_the_default() throws Exception {
        Path root = tmp.resolve("index");
        LuceneIndexes.build(root, "s", NEWS, IndexStemmer.SASTRAWI);

        assertThat(stemmerIn(root)).isEqualTo("sastrawi");
        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled())) {
            assertThat(index.search("Siapa yang menandatangani perjanjian dagang?", 1))
                    .extracting(h -> h.passage().id()).containsExactly("sign#1");
        }
    }

    @Test
    void should_stem_each_name_as_its_stemmer_does() {
        assertThat(terms(IndexStemmer.KABAR, "menandatangani")).containsExactly("tandatangan");
        assertThat(terms(IndexStemmer.SASTRAWI, "menulis")).containsExactly("tulis");
        assertThat(terms(IndexStemmer.LUCENE, "menulis")).containsExactly("ulis");
    }

    private static List<String> terms(IndexStemmer stemmer, String text) {
        List<String> out = new ArrayList<>();
        QuestionWords.analyze(Analyzers.perField(stemmer), Fields.TEXT, text, (term, start) -> out.add(term));
        return out;
    }

    @Test
    void should_rebuild_when_the_stemmer_setting_changes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Banjir di kota\n\nBanjir melanda kota pada hari Senin pagi.\n");
        Path furniture = Files.writeString(tmp.resolve("furniture.txt"), "");
        CorpusIndex byDefault = new CorpusIndex(corpus, furniture, new PassageSplitter(), tmp.resolve("index"));

        assertThat(byDefault.refresh(false, () -> {})).isPresent();
        assertThat(stemmerIn(tmp.resolve("index"))).isEqualTo("kabar");
        assertThat(byDefault.refresh(false, () -> {})).isEmpty();
        assertThat(byDefault.stemmedWith(IndexStemmer.LUCENE).refresh(false, () -> {})).isPresent();
        assertThat(stemmerIn(tmp.resolve("index"))).isEqualTo("lucene");
    }

    @Test
    void should_ask_for_a_rebuild_when_the_index_names_an_unknown_stemmer() throws Exception {
        Path root = tmp.resolve("index");
        LuceneIndexes.build(root, "s", NEWS);
        Path generation = Files.list(root).filter(Files::isDirectory).findFirst().orElseThrow();
        try (Directory dir = FSDirectory.open(generation);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
            data.put(IndexStemmer.COMMIT_KEY, "snowball");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }

        assertThatThrownBy(() -> LuceneIndexes.open(root, AliasTable.empty(), Associations.bundled()))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining("unknown stemmer 'snowball'")
                .hasMessageContaining("run ./kabar index to rebuild it");
    }

    @Test
    void should_name_the_known_stemmers_when_given_another() {
        assertThatThrownBy(() -> IndexStemmer.of("porter"))
                .hasMessage("unknown stemmer 'porter': use one of lucene, kabar, hunspell, sastrawi");
    }
}
