package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.thesaurus.Thesaurus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passage saying {@code wafat} answers a question asking when someone {@code meninggal}: with a
 * thesaurus listing one as a synonym of the other, it comes first; without, the passage repeating
 * the other words does. (A word no passage holds weighs nothing in the coverage stage, so one
 * passage holds it.)
 */
class SynonymRankingTest {

    private static final List<Article> ARTICLES = List.of(
            NewsFixtures.article("died", "Sejarah", "Raja Amangkurat wafat di keraton Kartasura, Jawa."),
            NewsFixtures.article("built", "Wisata",
                    "Raja Amangkurat membangun keraton Kartasura."),
            NewsFixtures.article("f1", "Harga", "Harga beras naik sepuluh persen pekan ini."),
            NewsFixtures.article("f2", "Banjir", "Banjir merendam tiga desa di Demak; seorang warga meninggal."),
            NewsFixtures.article("f3", "Jalan", "Jalan tol ditutup karena perbaikan."));

    private static final String QUESTION = "Kapan raja Amangkurat meninggal di keraton Kartasura?";

    @TempDir
    Path dir;

    private List<String> top(Synonyms synonyms) {
        Path root = dir.resolve("index");
        LuceneIndexes.build(root, "s", ARTICLES);
        try (LuceneIndex index = LuceneIndexes.open(root, AliasTable.empty(),
                Associations.bundled().withSynonyms(synonyms))) {
            return index.search(QUESTION, 2).stream().map(h -> h.passage().id()).toList();
        }
    }

    private Thesaurus thesaurus() throws IOException {
        Files.writeString(dir.resolve("th.dat"), "UTF-8\nmeninggal|1\n[v]|berpulang|wafat\n[ant]|hidup\n",
                StandardCharsets.UTF_8);
        return Thesaurus.read(dir.resolve("th"));
    }

    @Test
    void should_rank_the_passage_holding_a_synonym_first_when_synonyms_are_on() throws IOException {
        assertThat(top(Synonyms.of(thesaurus(), 0.5f))).containsExactly("died#1", "built#1");
    }

    @Test
    void should_rank_as_without_a_thesaurus_when_the_weight_is_zero() throws IOException {
        assertThat(top(Synonyms.of(thesaurus(), 0f))).containsExactly("built#1", "died#1");
        assertThat(top(Synonyms.off())).containsExactly("built#1", "died#1");
    }

    @Test
    void should_not_widen_a_word_written_with_a_capital() throws IOException {
        Synonyms synonyms = Synonyms.of(thesaurus(), 0.3f);
        List<QuestionWords.Word> words = List.of(new QuestionWords.Word("meninggal", "tinggal"));

        assertThat(synonyms.standIns("Kapan Meninggal terbit?", words, Analyzers.perField())).isEmpty();
        assertThat(synonyms.standIns("Kapan dia meninggal?", words, Analyzers.perField()))
                .containsOnlyKeys("tinggal");
    }
}
