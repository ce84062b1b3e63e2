package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String PAGE1 = "https://nasional.tempo.example/read/1800001/cerita-nelayan-cuaca-ekstrem";

    @TempDir
    Path tmp;

    /** Serves pages from memory and records what was asked for. */
    static final class RecordingFetcher implements PageFetcher {
        final Map<URI, byte[]> pages = new HashMap<>();
        final List<URI> fetched = new ArrayList<>();

        @Override
        public WebPage fetch(URI url) throws ExtractionException {
            fetched.add(url);
            byte[] body = pages.get(url);
            if (body == null) {
                throw new ExtractionException("HTTP 404 from " + url);
            }
            return new WebPage(url, body, "");
        }
    }

    @Test
    void should_join_the_pages_of_an_article_and_keep_a_repeated_lede_once() throws ExtractionException {
        RecordingFetcher fetcher = new RecordingFetcher();
        fetcher.pages.put(URI.create(PAGE1), Fixtures.bytes("tempo-style-page1.html"));
        fetcher.pages.put(URI.create(PAGE1 + "?page=2"), Fixtures.bytes("tempo-style-page2.html"));

        ExtractedArticle a = new ArticleReader(Fixtures.extractor(), fetcher).read(PAGE1);

        assertThat(a.paragraphs()).hasSize(5).doesNotHaveDuplicates();
        assertThat(a.paragraphs().getFirst()).startsWith("Sudah dua pekan Darto");
        assertThat(a.paragraphs().getLast()).startsWith("Badan Meteorologi memperkirakan");
        assertThat(fetcher.fetched).containsExactly(URI.create(PAGE1), URI.create(PAGE1 + "?page=2"));
    }

    @Test
    void should_stop_at_ten_pages_when_an_article_has_more() throws ExtractionException {
        RecordingFetcher fetcher = new RecordingFetcher();
        for (int page = 1; page <= 15; page++) {
            fetcher.pages.put(URI.create(PAGE1 + (page == 1 ? "" : "?page=" + page)), numberedPage(page));
        }

        ExtractedArticle a = new ArticleReader(Fixtures.extractor(), fetcher).read(PAGE1);

        assertThat(fetcher.fetched).hasSize(ArticleReader.MAX_PAGES);
        assertThat(a.text()).contains("halaman nomor 10 ").doesNotContain("halaman nomor 11 ");
    }

    @Test
    void should_keep_the_pages_read_when_a_later_page_fails() throws ExtractionException {
        RecordingFetcher fetcher = new RecordingFetcher();
        fetcher.pages.put(URI.create(PAGE1), Fixtures.bytes("tempo-style-page1.html")); // page 2 is missing

        ExtractedArticle a = new ArticleReader(Fixtures.extractor(), fetcher).read(PAGE1);

        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void should_read_gzipped_and_plain_files_without_fetching_anything() throws Exception {
        Path plain = tmp.resolve("page.html");
        Files.write(plain, Fixtures.bytes("tempo-style-page1.html"));
        Path gz = tmp.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Fixtures.bytes("tempo-style-page1.html"));
        }
        RecordingFetcher fetcher = new RecordingFetcher();
        ArticleReader reader = new ArticleReader(Fixtures.extractor(), fetcher);

        assertThat(reader.read(gz.toString())).isEqualTo(reader.read(plain.toString()));
        assertThat(reader.read(plain.toString()).paragraphs()).hasSize(3);
        assertThat(fetcher.fetched).isEmpty();
    }

    @Test
    void should_say_what_is_wrong_with_a_source_in_one_line() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
        Files.write(tmp.resolve("broken.html.gz"), new byte[] {1, 2, 3});
        ArticleReader reader = new ArticleReader(Fixtures.extractor(), PageFetcher.NONE);

        assertThatThrownBy(() -> reader.read(tmp.resolve("missing.html").toString())).hasMessageStartingWith("no such file");
        assertThatThrownBy(() -> reader.read(tmp.resolve("notes.txt").toString())).hasMessageStartingWith("not a .html");
        assertThatThrownBy(() -> reader.read(tmp.resolve("broken.html.gz").toString())).hasMessageStartingWith("not a gzip");
        assertThatThrownBy(() -> reader.read("https://")).isInstanceOf(ExtractionException.class);
        assertThatThrownBy(() -> reader.read(PAGE1)).hasMessageStartingWith("fetching is off");
    }

    @Test
    void should_refuse_a_gzip_that_unpacks_beyond_the_page_limit() throws IOException {
        Path bomb = tmp.resolve("bomb.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] chunk = "<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < JsoupArticleExtractor.MAX_PAGE_BYTES / chunk.length + 10; i++) {
                out.write(chunk);
            }
        }
        ArticleReader reader = new ArticleReader(Fixtures.extractor(), PageFetcher.NONE);

        assertThatThrownBy(() -> reader.read(bomb.toString())).hasMessageStartingWith("page too large");
    }

    private static byte[] numberedPage(int n) {
        String next = "<link rel=\"next\" href=\"" + PAGE1 + "?page=" + (n + 1) + "\">";
        String body = ("<p>Ini adalah paragraf panjang dari halaman nomor " + n + " yang menceritakan kisah nelayan di pesisir. </p>")
                .repeat(3);
        return ("<html><head>" + next + "</head><body><article>" + body + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
