package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStreamTest {

    @TempDir
    Path dir;

    @Test
    void should_stream_every_article_and_report_when_read_to_the_end() throws IOException {
        Path corpus = corpus(300);
        List<String> ids = new ArrayList<>();
        try (ArticleStream stream = new ArticleStream(reader(), corpus)) {
            stream.forEach(a -> ids.add(a.id()));
            assertThat(stream.report().articles()).isEqualTo(300);
        }
        assertThat(ids).hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void should_stop_the_reader_quietly_when_the_consumer_gives_up_early() throws Exception {
        Path corpus = corpus(2_000); // more than the hand-over queue holds, so the reader is blocked
        List<Throwable> uncaught = new ArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            synchronized (uncaught) {
                uncaught.add(e);
            }
        });
        try {
            ArticleStream stream = new ArticleStream(reader(), corpus);
            Iterator<Article> it = stream.iterator();
            assertThat(it.next()).isNotNull();
            stream.close(); // as an indexer does when the disk fills up mid-build

            awaitNoReaderThread();
            synchronized (uncaught) {
                assertThat(uncaught).isEmpty();
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    private static void awaitNoReaderThread() throws InterruptedException {
        for (Thread reader : readerThreads()) {
            assertThat(reader.join(Duration.ofSeconds(20))).as("the reader thread should end after close").isTrue();
        }
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("kabar-ingest") && t.isAlive()).toList();
    }

    private Path corpus(int articles) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            jsonl.append("{\"id\":\"a").append(i).append("\",\"title\":\"Judul ").append(i)
                    .append("\",\"text\":\"Presiden mengunjungi kota nomor ").append(i)
                    .append(" pada hari Rabu. Warga menyambut kedatangannya dengan meriah.\"}\n");
        }
        return Files.writeString(dir.resolve("corpus.jsonl"), jsonl, StandardCharsets.UTF_8);
    }

    private static CorpusReader reader() {
        return new CorpusReader(FurnitureRules.load(Path.of("config/furniture.txt")), new PassageSplitter());
    }
}
