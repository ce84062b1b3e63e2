package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kabar.article.Article;
import dev.kabar.article.Passage;
import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Ingestion on arbitrary input. Under plain {@code mvn verify} Jazzer replays the seed inputs in
 * {@code src/test/resources/dev/kabar/ingestion/IngestionFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see README, Reliability).
 */
class IngestionFuzzTest {

    private static final PassageSplitter SPLITTER = new PassageSplitter(250, 800);
    private static final CorpusReader READER =
            new CorpusReader(FurnitureRules.load(Path.of("config/furniture.txt")), SPLITTER);
    private static final ArticleCleaner CLEANER = new ArticleCleaner(FurnitureRules.load(Path.of("config/furniture.txt")));

    /** Any bytes as a .txt file and as a .jsonl file: read or rejected with a reason, never thrown. */
    @FuzzTest(maxDuration = "5m")
    void should_read_or_reject_any_bytes_as_a_corpus_file(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("kabar-fuzz-");
        try {
            for (String name : List.of("a.txt", "b.jsonl")) {
                Path file = Files.write(dir.resolve(name), bytes);
                Ingestion read = READER.readAll(file);
                assertThat(read.report().articles() + read.report().rejected().size()).isPositive();
                read.articles().forEach(IngestionFuzzTest::checkPassages);
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    /** Any text cleaned and split: passages are exact, bounded slices of the cleaned body. */
    @FuzzTest(maxDuration = "5m")
    void should_clean_and_split_any_text(FuzzedDataProvider data) {
        String title = data.consumeString(200);
        String raw = data.consumeRemainingAsString();
        CleanedText cleaned = CLEANER.cleanBody(raw, title);
        assertThat(cleaned.body()).doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
        if (!cleaned.body().isBlank()) {
            checkPassages(new Article(new dev.kabar.article.ArticleMeta("f", cleaned.title(), "", "", null, "", "id"),
                    cleaned.body(), SPLITTER.split("f", cleaned.body())));
        }
    }

    /** Sentences are ordered, non-overlapping spans inside the text. */
    @FuzzTest(maxDuration = "5m")
    void should_split_any_text_into_ordered_sentences(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int last = 0;
        for (Span s : new SentenceSplitter().split(text)) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            last = s.end();
        }
    }

    private static void checkPassages(Article article) {
        assertThat(article.passages()).isNotEmpty();
        for (Passage p : article.passages()) {
            assertThat(article.text().substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(p.text().length()).isBetween(1, PassageSplitter.RUN_ON * SPLITTER.maxChars());
        }
    }
}
